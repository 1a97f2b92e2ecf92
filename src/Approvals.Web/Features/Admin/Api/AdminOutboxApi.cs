using Approvals.Text;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Approvals.UseCases.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Records;

namespace Approvals.Web.Features.Admin.Api;

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

    private static async Task<Ok<IReadOnlyList<OutboxMessageView>>> List(string? status, int? take, IOutboxAdministration outbox, CancellationToken ct)
    {
        OutboxStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw new InvalidRefusal(Texts.Text(Texts.AdminOutboxApi_StatusIsUnknownUseOneOf, status, string.Join("、", Enum.GetNames<OutboxStatus>()), string.Join(", ", Enum.GetNames<OutboxStatus>())));
            filter = parsed;
        }
        return TypedResults.Ok(await outbox.ListAsync(filter, take ?? 100, ct));
    }

    private static async Task<Ok<OutboxMessageView>> Resend(string id, IOutboxAdministration outbox, CancellationToken ct) =>
        long.TryParse(id, out var messageId) && messageId > 0
            ? TypedResults.Ok(await outbox.ResendAsync(messageId, ct))
            : throw new InvalidRefusal(Texts.Text(Texts.AdminOutboxApi_IsNotOutboxMessageIdUse, id));
}
