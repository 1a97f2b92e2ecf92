using System.Reflection;
using System.Text.Json;
using Approvals.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Web.Hosting;

/// <summary>
/// Says what the framework could not read, from the cause rather than its English message: the JSON parser's
/// place for a malformed body, and for a route or query value the endpoint's own parameter it does not fit.
/// </summary>
internal static class UnreadableRequest
{
    public static InvalidRefusal Describe(HttpContext httpContext, BadHttpRequestException badRequest)
    {
        if (badRequest.InnerException is JsonException json)
            return new(new(
                $"请求正文不是有效的 JSON（位置：{json.Path}，第 {json.LineNumber + 1} 行第 {json.BytePositionInLine + 1} 个字节附近）。",
                $"The request body is not valid JSON: {json.Message}"));
        foreach (var parameter in httpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
        {
            if (!parameter.HasTryParse)
                continue;
            var name = NameOf(parameter.ParameterInfo);
            if (ValueOf(httpContext.Request, name) is not { } value)
            {
                if (!parameter.IsOptional)
                    return new(new($"缺少参数 {name}。", $"The parameter {name} is missing."));
                continue;
            }
            if (!Parses(parameter.ParameterInfo.ParameterType, value))
                return new(new($"参数 {name} 的值“{value}”无效。", $"The value '{value}' is not valid for {name}."));
        }
        return new(new($"无法读取请求内容（{badRequest.Message}）。", badRequest.Message));
    }

    private static string NameOf(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? parameter.GetCustomAttribute<FromRouteAttribute>()?.Name
        ?? parameter.Name
        ?? "";

    private static string? ValueOf(HttpRequest request, string name) =>
        request.RouteValues.TryGetValue(name, out var routed) && routed?.ToString() is { Length: > 0 } fromRoute ? fromRoute
        : request.Query.TryGetValue(name, out var queried) && queried.ToString() is { Length: > 0 } fromQuery ? fromQuery
        : null;

    private static bool Parses(Type type, string value)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return true;
        if (type.IsEnum)
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        object?[] withProvider = [value, System.Globalization.CultureInfo.InvariantCulture, null];
        if (type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is { } parse)
            return (bool)parse.Invoke(null, withProvider)!;
        return type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not { } plain
            || (bool)plain.Invoke(null, [value, null])!;
    }
}
