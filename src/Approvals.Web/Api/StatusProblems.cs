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
        if (problem.Detail is not null || Texts(problem.Status) is not { } texts)
            return;
        var culture = RequestLanguage.Of(context.HttpContext);
        problem.Title = texts.Title.For(culture);
        problem.Detail = texts.Detail.For(culture);
    }

    private static (LocalizedText Title, LocalizedText Detail)? Texts(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => (new("需要登录", "Unauthorized"),
            new("请先登录：使用浏览器会话，或使用 POST /api/auth/login 取得的 Bearer 令牌。", "Sign in first: a browser session, or a bearer token from POST /api/auth/login.")),
        StatusCodes.Status403Forbidden => (ForbiddenRefusal.KindTitle,
            new("您的角色或所属区不能使用此功能。", "Your role or district may not use this.")),
        StatusCodes.Status404NotFound => (NotFoundRefusal.KindTitle,
            new("这个地址上没有内容。", "There is nothing at this address.")),
        StatusCodes.Status405MethodNotAllowed => (new("方法不允许", "Method not allowed"),
            new("这个地址不接受此请求方法。", "This address does not accept this method.")),
        StatusCodes.Status429TooManyRequests => (new("请求过多", "Too many requests"),
            new("请求过于频繁，请稍后再试。", "Too many requests; try again later.")),
        _ => null,
    };
}
