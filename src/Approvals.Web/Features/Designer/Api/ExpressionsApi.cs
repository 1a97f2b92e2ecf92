using Approvals.Text;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Designer.Api;

/// <summary>Lets the designer check an expression as the regulator types it, with the engine's own parser.</summary>
public static class ExpressionsApi
{
    public static RouteGroupBuilder MapExpressionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/expressions").WithTags("Expressions").RequireAuthorization(Policies.Regulator);
        group.MapPost("/check", Check).WithSummary("Parses a JavaScript expression without running it; says why it does not compile.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    public sealed record CheckRequest(string? Expression, string? Language);

    public sealed record CheckResult(bool Valid, string? Error);

    private const int MaxExpressionLength = 20_000;

    private static Ok<CheckResult> Check(CheckRequest request, IExpressionEvaluator expressions)
    {
        if (request.Expression is null)
            throw new InvalidRefusal(Texts.Text(Texts.ExpressionsApi_ExpressionIsRequiredSendTextTo));
        if (request.Expression.Length > MaxExpressionLength)
            throw new InvalidRefusal(Texts.Text(Texts.ExpressionsApi_ExpressionMayBeAtMostCharacters, MaxExpressionLength));
        var language = request.Language ?? InputValue.JavaScript;
        if (language is not (InputValue.JavaScript or InputValue.Liquid or InputValue.Literal))
            throw new InvalidRefusal(Texts.Text(Texts.ExpressionsApi_LanguageMustBeOr, InputValue.JavaScript, InputValue.Liquid, InputValue.Literal));
        var error = expressions.CheckSyntax(language, request.Expression);
        return TypedResults.Ok(new CheckResult(error is null, error));
    }
}
