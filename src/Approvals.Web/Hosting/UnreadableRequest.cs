using System.Reflection;
using System.Text.Json;
using Approvals.Text;
using Microsoft.AspNetCore.Diagnostics;
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
        if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new(Texts.Text(Texts.UnreadableRequest_BodyTooLarge,
                httpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestBodyLimitOptions>>().Value.JsonBodyMaxBytes));
        if (badRequest.InnerException is JsonException json)
            return new(Texts.Text(Texts.UnreadableRequest_RequestBodyIsNotValidJSON, json.Path, json.LineNumber + 1, json.BytePositionInLine + 1, json.Message));
        // The exception handler runs with the endpoint and route values cleared; the feature keeps the failed ones.
        var failed = httpContext.Features.Get<IExceptionHandlerFeature>();
        foreach (var parameter in failed?.Endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!IsSimple(type))
                continue;
            var name = NameOf(parameter);
            if (ValueOf(failed?.RouteValues, httpContext.Request.Query, name) is not { } value)
            {
                if (!IsOptional(parameter))
                    return new(Texts.Text(Texts.UnreadableRequest_ParameterIsMissing, name));
                continue;
            }
            if (!Parses(type, value))
                return new(Texts.Text(Texts.UnreadableRequest_ValueIsNotValidFor, name, value));
        }
        return new(Texts.Text(Texts.UnreadableRequest_CannotReadRequest, badRequest.Message));
    }

    private static string NameOf(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? parameter.GetCustomAttribute<FromRouteAttribute>()?.Name
        ?? parameter.Name
        ?? "";

    private static string? ValueOf(RouteValueDictionary? route, IQueryCollection query, string name) =>
        route is not null && route.TryGetValue(name, out var routed) && routed?.ToString() is { Length: > 0 } fromRoute ? fromRoute
        : query.TryGetValue(name, out var queried) && queried.ToString() is { Length: > 0 } fromQuery ? fromQuery
        : null;

    // What binds from the route or the query string: text, enums and types that parse themselves.
    private static bool IsSimple(Type type) =>
        type == typeof(string) || type.IsEnum || TryParseOf(type, withProvider: true) is not null || TryParseOf(type, withProvider: false) is not null;

    private static bool IsOptional(ParameterInfo parameter) =>
        parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || new NullabilityInfoContext().Create(parameter).WriteState is NullabilityState.Nullable;

    private static MethodInfo? TryParseOf(Type type, bool withProvider) =>
        type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
            withProvider ? [typeof(string), typeof(IFormatProvider), type.MakeByRefType()] : [typeof(string), type.MakeByRefType()]);

    private static bool Parses(Type type, string value)
    {
        if (type == typeof(string))
            return true;
        if (type.IsEnum)
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        if (TryParseOf(type, withProvider: true) is { } parse)
            return (bool)parse.Invoke(null, [value, System.Globalization.CultureInfo.InvariantCulture, null])!;
        return TryParseOf(type, withProvider: false) is not { } plain || (bool)plain.Invoke(null, [value, null])!;
    }
}
