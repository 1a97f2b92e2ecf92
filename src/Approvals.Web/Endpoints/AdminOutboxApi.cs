using Approvals.Web.Authorization;
using Approvals.Infrastructure.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Records;

namespace Approvals.Web.Endpoints;

/// <summary>Failed mail and jobs with their error, and sending them again. Identity puts this group behind the Administrator policy.</summary>
public static class AdminOutboxApi
{
    public static RouteGroupBuilder MapAdminOutboxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/outbox").WithTags("Administration").RequireAuthorization(Policies.Administrator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithSummary("Outbox messages, newest first; ?status=Failed lists what needs an administrator.");
        group.MapPost("/{id}/resend", Resend).WithSummary("Sends a Failed message again.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<OutboxMessageView>>, ProblemHttpResult>> List(string? status, int? take, OutboxAdministration outbox, CancellationToken ct)
    {
        OutboxStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return ApiProblems.BadRequest(new(
                    $"未知的状态“{status}”；可用的状态：{string.Join("、", Enum.GetNames<OutboxStatus>())}。",
                    $"status '{status}' is unknown; use one of: {string.Join(", ", Enum.GetNames<OutboxStatus>())}."));
            filter = parsed;
        }
        return TypedResults.Ok(await outbox.ListAsync(filter, take ?? 100, ct));
    }

    private static async Task<Results<Ok<OutboxMessageView>, ProblemHttpResult>> Resend(string id, OutboxAdministration outbox, CancellationToken ct) =>
        long.TryParse(id, out var messageId) && messageId > 0
            ? TypedResults.Ok(await outbox.ResendAsync(messageId, ct))
            : ApiProblems.BadRequest(new($"“{id}”不是消息编号：请使用列表中显示的正整数。", $"'{id}' is not an outbox message id: use the positive number the list shows."));
}
