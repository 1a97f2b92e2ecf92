using System.Text.Json;
using Approvals.Web.Endpoints;
using Approvals.Workflows.Registry;
using Microsoft.AspNetCore.Diagnostics;

namespace Approvals.Web.Hosting;

/// <summary>
/// A request body that cannot be read (malformed JSON, wrong types) gets a ProblemDetails that says what and
/// where, including the JSON parser's line and position, instead of an empty 400.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
            return false;
        LocalizedText detail = badRequest.InnerException is JsonException json
            ? new($"请求正文不是有效的 JSON（位置：{json.Path}，第 {json.LineNumber + 1} 行第 {json.BytePositionInLine + 1} 个字节附近）。", $"The request body is not valid JSON: {json.Message}")
            : new($"无法读取请求内容（{badRequest.Message}）。", badRequest.Message);
        var culture = RequestLanguage.Of(httpContext);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = ApiProblems.BadRequestTitle.For(culture), Detail = detail.For(culture) },
        });
    }
}
