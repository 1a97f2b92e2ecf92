using Approvals.Text;

namespace Approvals.Web.Api;

/// <summary>
/// Answers that carry only a status code (the authorization middleware's 401 and 403, an unknown address, a wrong
/// method, too many requests) get a title and a detail in the request's language, like every other problem; a 403 or
/// 404 has the title of its refusal kind, so the middleware and the services say the same.
/// </summary>
internal static class StatusProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || Described(problem.Status) is not { } texts)
            return;
        var culture = RequestLanguage.Of(context.HttpContext);
        problem.Title = texts.Title.For(culture);
        problem.Detail = texts.Detail.For(culture);
    }

    private static (LocalizedText Title, LocalizedText Detail)? Described(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => (Texts.Text(Texts.StatusProblems_Unauthorized),
            Texts.Text(Texts.StatusProblems_SignInFirstBrowserSessionOr)),
        StatusCodes.Status403Forbidden => (ForbiddenRefusal.KindTitle,
            Texts.Text(Texts.StatusProblems_YourRoleOrDistrictMayNot)),
        StatusCodes.Status404NotFound => (NotFoundRefusal.KindTitle,
            Texts.Text(Texts.StatusProblems_ThereIsNothingAtThisAddress)),
        StatusCodes.Status405MethodNotAllowed => (Texts.Text(Texts.StatusProblems_MethodNotAllowed),
            Texts.Text(Texts.StatusProblems_ThisAddressDoesNotAcceptThis)),
        StatusCodes.Status429TooManyRequests => (Texts.Text(Texts.StatusProblems_TooManyRequests),
            Texts.Text(Texts.StatusProblems_TooManyRequestsTryAgainLater)),
        _ => null,
    };
}
