using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry.Import;

/// <summary>
/// Adds what an accepted file holds to the context: the people and employers the registry does not know yet, and
/// each registration or certificate, each registration with an Imported entry in its history (effective the day it was
/// first valid) that names the import. Nothing is saved here; the caller saves everything at once.
/// </summary>
internal static class RegistryImportWriter
{
    public static async Task AddAsync(IApprovalsDbContext db, RegistryImportCheck check, RegistryImportRecord import, CancellationToken ct)
    {
        List<string> idNumbers = [.. check.Registrations.Select(r => r.IdNumber).Concat(check.Certificates.Select(c => c.IdNumber)).Distinct()];
        var persons = await db.Persons.Where(p => idNumbers.Contains(p.IdNumber)).ToDictionaryAsync(p => p.IdNumber, ct);
        List<string> creditCodes = [.. check.Registrations.Select(r => r.CreditCode).Distinct()];
        var enterprises = await db.Enterprises.Where(e => creditCodes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.CreditCode, ct);

        Person PersonOf(string idNumber, string name)
        {
            if (!persons.TryGetValue(idNumber, out var person))
            {
                person = new Person { Id = NewId(), Name = name, IdNumber = idNumber };
                persons[idNumber] = person;
                db.Persons.Add(person);
            }
            return person;
        }

        foreach (var r in check.Registrations)
        {
            if (!enterprises.TryGetValue(r.CreditCode, out var enterprise))
            {
                enterprise = new Enterprise { Id = NewId(), Name = r.Employer, CreditCode = r.CreditCode, DistrictCode = r.DistrictCode };
                enterprises[r.CreditCode] = enterprise;
                db.Enterprises.Add(enterprise);
            }
            var holder = PersonOf(r.IdNumber, r.Name);
            // An address the registry holds already (from the holder's own application) is theirs; the file only fills a gap.
            holder.Email ??= r.Email;
            var registration = new Registration
            {
                Id = NewId(),
                Number = r.Number,
                Level = r.Level,
                PersonId = holder.Id,
                EnterpriseId = enterprise.Id,
                Projects = [.. r.Projects],
                DistrictCode = r.DistrictCode,
                ValidFrom = r.ValidFrom,
                ValidTo = r.ValidTo,
                Status = RegistrationStatus.Active,
                IssuedAt = import.ImportedAt,
            };
            db.Registrations.Add(registration);
            import.History.Add(new RegistrationHistoryEntry
            {
                RegistrationId = registration.Id,
                RegistrationNumber = registration.Number,
                Kind = RegistrationEvent.Imported,
                To = RegistrationHistoryEntry.Validity(r.ValidFrom, r.ValidTo),
                EffectiveOn = r.ValidFrom,
                RecordedAt = import.ImportedAt,
                RecordedBy = import.ImportedBy,
            });
        }

        foreach (var c in check.Certificates)
        {
            db.ProjectCertificates.Add(new ProjectCertificate
            {
                Id = NewId(),
                Kind = c.Kind,
                Number = c.Number,
                PersonId = PersonOf(c.IdNumber, c.Name).Id,
                Projects = [.. c.Projects],
                IssuingDistrictCode = c.IssuingDistrictCode,
                Issuer = c.IssuerId,
                ValidFrom = c.ValidFrom,
                ValidTo = c.ValidTo,
                Status = RegistrationStatus.Active,
                RecordedAt = import.ImportedAt,
            });
        }
    }

    private static string NewId() => $"import-{Guid.NewGuid():N}";
}
