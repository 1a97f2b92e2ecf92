using Approvals.Core.Registry;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Registry;

namespace Approvals.Infrastructure.Metrology.Registry;

/// <summary>
/// The expiry reminders' view of the shared registry: active registrations ending in a range of days, with
/// their holder's address and language. A holder the registry has no address for cannot be reminded and is left out;
/// so is one who has already filed a renewal not yet decided: the registration stays valid until it is (art. 50).
/// </summary>
internal sealed class RegistryExpiringRegistrations(ApprovalsDbContext db) : IExpiringRegistrations
{
    public async Task<IReadOnlyList<ExpiringRegistration>> ExpiringBetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await db.Registrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Active && r.ValidTo >= first && r.ValidTo <= last)
            .Where(r => r.Person!.Email != null && r.Person.Email != "")
            .Where(r => !PendingRenewals.Of(db).Any(a => a.RegistrationNumber == r.Number))
            .OrderBy(r => r.ValidTo).ThenBy(r => r.Number)
            .Select(r => new ExpiringRegistration(r.Number, r.Person!.Name, r.Person.Email!, r.Person.Culture, r.ValidTo))
            .ToListAsync(cancellationToken);
}
