namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// What the caller may see and work, applied inside the task and instance queries (never by filtering results
/// afterwards): district staff see the tasks and instances of their district — including verification requests
/// addressed to it — and nothing else; the executive committee sees every district.
/// </summary>
/// <param name="UserName">Who is asking; claims, cancellations and retries are recorded under this name.</param>
/// <param name="District">The only district visible, or null for every district.</param>
/// <param name="VisibleRoles">The task roles visible, or null for every role (regulators read all tasks).</param>
/// <param name="WorkRoles">The task roles the caller may claim and complete, or null for every role.</param>
public sealed record CallerScope(string? UserName, string? District, IReadOnlySet<string>? VisibleRoles, IReadOnlySet<string>? WorkRoles)
{
    /// <summary>No restriction: for the host itself and tests, never for a request.</summary>
    public static CallerScope System { get; } = new(null, null, null, null);

    /// <summary>A district code no task or instance carries: staff without a district see nothing.</summary>
    public const string NoDistrict = "-";

    /// <summary>
    /// No restriction, acting for <paramref name="userName"/>: for a service whose own access rule has already
    /// admitted the caller (an applicant withdrawing their own case cancels its procedure).
    /// </summary>
    public static CallerScope Admitted(string? userName) => new(userName, null, null, null);

    public bool MayWork(string taskRole) => WorkRoles is null || WorkRoles.Contains(taskRole);
}
