using System.Text.Json;
using System.Text.RegularExpressions;
using Approvals.Web.Endpoints;
using Approvals.Workflows.Registry;
using Microsoft.AspNetCore.Diagnostics;

namespace Approvals.Web.Hosting;

/// <summary>
/// A request body that cannot be read (malformed JSON, wrong types) gets a ProblemDetails that says what and
/// where, including the JSON parser's line and position, instead of an empty 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
            return false;
        var detail = Describe(badRequest);
        var culture = RequestLanguage.Of(httpContext);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = ApiProblems.BadRequestTitle.For(culture), Detail = detail.For(culture) },
        });
    }

    private static LocalizedText Describe(BadHttpRequestException badRequest)
    {
        if (badRequest.InnerException is JsonException json)
            return new($"请求正文不是有效的 JSON（位置：{json.Path}，第 {json.LineNumber + 1} 行第 {json.BytePositionInLine + 1} 个字节附近）。", $"The request body is not valid JSON: {json.Message}");
        // ASP.NET words a route or query value it cannot convert, or one that is missing, in English only.
        if (UnboundValue().Match(badRequest.Message) is { Success: true } unbound)
        {
            var (name, value) = (unbound.Groups["name"].Value, unbound.Groups["value"].Value);
            return new($"参数 {name} 的值“{value}”无效。", $"The value '{value}' is not valid for {name}.");
        }
        if (MissingValue().Match(badRequest.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return new($"缺少参数 {name}。", $"The parameter {name} is missing.");
        }
        return new($"无法读取请求内容（{badRequest.Message}）。", badRequest.Message);
    }

    [GeneratedRegex("""^Failed to bind parameter "[^"]*?(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex UnboundValue();

    [GeneratedRegex("""^Required parameter "[^"]*?(?<name>\w+)" was not provided""")]
    private static partial Regex MissingValue();
}
