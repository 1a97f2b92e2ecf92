using Approvals.Text;
using Approvals.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Hosting;

/// <summary>
/// The one place a refusal becomes an answer: not found → 404, conflict → 409, forbidden → 403, invalid → 400, each a
/// ProblemDetails with title and detail in the request's language and, for invalid fields, <c>errors</c> by field.
/// A request the framework cannot read (malformed JSON, a value of the wrong type) is an invalid request too.
/// </summary>
internal sealed class RefusalExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Refusal(httpContext, exception) is not { } refusal)
            return false;
        var culture = RequestLanguage.Of(httpContext);
        var status = StatusOf(refusal, exception);
        ProblemDetails problem = refusal.FieldErrors.Count > 0
            ? new ValidationProblemDetails(refusal.FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.For(culture)).ToArray()))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = refusal.Title.For(culture);
        problem.Detail = refusal.Text.For(culture);
        foreach (var (name, value) in refusal.Details(culture))
            problem.Extensions[name] = value;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    private static Refusal? Refusal(HttpContext httpContext, Exception exception) => exception switch
    {
        Refusal refusal => refusal,
        BadHttpRequestException badRequest => UnreadableRequest.Describe(httpContext, badRequest),
        DbUpdateConcurrencyException => new ConflictRefusal(Texts.Text(Texts.RefusalExceptionHandler_AnotherRequestChangedThisInstanceAt)),
        _ => null,
    };

    private static int StatusOf(Refusal refusal, Exception exception) => refusal switch
    {
        NotFoundRefusal => StatusCodes.Status404NotFound,
        ConflictRefusal => StatusCodes.Status409Conflict,
        ForbiddenRefusal => StatusCodes.Status403Forbidden,
        // The framework knows best what it could not read: 400, or 413 for a body over the limit.
        _ => exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status400BadRequest,
    };
}
