using System.Linq.Expressions;
using Approvals.Core.Registry;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>Registrations, recognitions and certificates as staff read them, with a registration's validity today.</summary>
internal static class RegistryRecordReader
{
    public static async Task<List<RegistryRecordView>> ReadAsync(IApprovalsDbContext db, DateOnly today,
        Expression<Func<Registration, bool>> registrationFilter, Expression<Func<Recognition, bool>> recognitionFilter,
        Expression<Func<ProjectCertificate, bool>> certificateFilter, CancellationToken cancellationToken)
    {
        var registrations = await db.Registrations.AsNoTracking().Include(r => r.Person).Include(r => r.Enterprise)
            .Where(registrationFilter).ToListAsync(cancellationToken);
        var recognitions = await db.Recognitions.AsNoTracking().Include(r => r.Person).Where(recognitionFilter).ToListAsync(cancellationToken);
        var certificates = await db.ProjectCertificates.AsNoTracking().Include(c => c.Person).Where(certificateFilter).ToListAsync(cancellationToken);
        var renewals = await PendingRenewals.FiledOnAsync(db, [.. registrations.Select(r => r.Number)], cancellationToken);
        return
        [
            .. registrations.Select(r => new RegistryRecordView("Registration", r.Number, r.Level, r.Person!.Name, r.Person.IdNumber, r.Enterprise?.Name, r.Projects, r.DistrictCode, null, r.ValidFrom, r.ValidTo, r.Status,
                RegistryValidityView.From(RegistrationValidity.On(r.Status, r.ValidTo, renewals.TryGetValue(r.Number, out var filed) ? filed : null, today)))),
            .. recognitions.Select(r => new RegistryRecordView(r.Kind.ToString(), r.Number, r.Level, r.Person!.Name, r.Person.IdNumber, null, [], r.DistrictCode, r.OriginDistrictCode, r.ValidFrom, r.ValidTo, r.Status)),
            .. certificates.Select(c => new RegistryRecordView(c.Kind.ToString(), c.Number, null, c.Person!.Name, c.Person.IdNumber, null, c.Projects, c.IssuingDistrictCode, null, c.ValidFrom, c.ValidTo, c.Status)),
        ];
    }
}
