using System.Text.Json;
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
        var detail = badRequest.InnerException is JsonException json
            ? $"The request body is not valid JSON: {json.Message}"
            : badRequest.Message;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "Bad request", Detail = detail },
        });
    }
}
