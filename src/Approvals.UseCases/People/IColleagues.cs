namespace Approvals.UseCases.People;

/// <summary>
/// The staff a task may be handed to: active accounts of one district holding one role. Infrastructure's
/// <c>Colleagues</c> reads them from the user store.
/// </summary>
public interface IColleagues
{
    /// <returns>The accounts of <paramref name="district"/> with <paramref name="role"/> that are not locked, by display name.</returns>
    Task<IReadOnlyList<Colleague>> InAsync(string district, string role, CancellationToken cancellationToken);
}

/// <param name="UserName">What tasks are claimed under (the sign-in name).</param>
/// <param name="DisplayName">What pages show.</param>
public sealed record Colleague(string UserName, string DisplayName);
