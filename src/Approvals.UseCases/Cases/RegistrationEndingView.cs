using Approvals.Core.Applications;
using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>What a cancellation or revocation case shows beside its form: the ground, whether the bureau started it, the holder's statement.</summary>
public sealed record RegistrationEndingView(
    CancellationGround? Ground, LocalizedText? GroundText, bool StartedByBureau, string? Reason, string? Statement, DateTimeOffset? StatementAt)
{
    /// <summary>While the revocation waits for the holder's statement: the deadline to make it.</summary>
    public DateTimeOffset? StatementDueAt { get; init; }

    public static RegistrationEndingView? For(Application application) => application.EndsRegistration
        ? new(application.Ground, application.Ground?.DisplayName(), application.IsStartedByBureau, application.Reason, application.Statement, application.StatementAt)
        : null;
}
