using Approvals.Core.Applications;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The case whose submission is committing together with its procedure's first step. Until that transaction
/// commits, the first step's domain activities (which read committed data through the infrastructure's application facts) would
/// find the case unsubmitted and not linked to its instance; within the submitting call they read it from here.
/// </summary>
internal static class CaseUnderSubmission
{
    private static readonly AsyncLocal<Application?> Current = new();

    /// <summary>The case being submitted in this call, when it is <paramref name="applicationId"/>.</summary>
    public static Application? Find(string applicationId) =>
        Current.Value is { } application && application.Id == applicationId ? application : null;

    public static IDisposable Begin(Application application)
    {
        Current.Value = application;
        return new End();
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
