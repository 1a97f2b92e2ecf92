namespace Approvals.Infrastructure.Deadlines.Recurring;

/// <summary>
/// Registrations whose validity ends in a range of days, for the expiry reminders. The registry belongs to the
/// domain, which implements this over its tables (<c>RegistryExpiringRegistrations</c>, registered before
/// <c>AddDeadlines</c>); a host without the registry keeps <see cref="NoExpiringRegistrations"/>.
/// </summary>
public interface IExpiringRegistrations
{
    /// <summary>Registrations still in force whose last valid day is between the two dates, both included.</summary>
    Task<IReadOnlyList<ExpiringRegistration>> ExpiringBetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);
}

/// <param name="HolderCulture">zh-CN or en: the language the holder reads mail in.</param>
public sealed record ExpiringRegistration(string RegistrationNumber, string HolderName, string HolderEmail, string? HolderCulture, DateOnly ValidUntil);

/// <summary>No registry: the expiry job runs and finds nothing.</summary>
internal sealed class NoExpiringRegistrations : IExpiringRegistrations
{
    public Task<IReadOnlyList<ExpiringRegistration>> ExpiringBetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExpiringRegistration>>([]);
}
