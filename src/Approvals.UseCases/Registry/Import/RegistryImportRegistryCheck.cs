using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;
using Approvals.Text;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry.Import;

/// <summary>
/// The rows of a file against what the registry holds: a number it has, a person who already holds a registration
/// of that level in force, or an ID number it knows under another name.
/// </summary>
internal static class RegistryImportRegistryCheck
{
    public static async Task<IReadOnlyList<RegistryImportProblem>> ProblemsAsync(IApprovalsDbContext db, RegistryImportCheck check, DateOnly today, CancellationToken ct)
    {
        var problems = new List<RegistryImportProblem>();
        List<string> idNumbers = [.. check.Registrations.Select(r => r.IdNumber).Concat(check.Certificates.Select(c => c.IdNumber)).Distinct()];
        var names = await db.Persons.AsNoTracking().Where(p => idNumbers.Contains(p.IdNumber)).ToDictionaryAsync(p => p.IdNumber, p => p.Name, ct);
        foreach (var (row, idNumber, name) in check.Registrations.Select(r => (r.Row, r.IdNumber, r.Name)).Concat(check.Certificates.Select(c => (c.Row, c.IdNumber, c.Name))))
        {
            if (names.TryGetValue(idNumber, out var known) && known != name)
                problems.Add(new(row, RegistryImportColumns.Name, Texts.Text(Texts.RegistryImport_RegistryKnowsOtherName, idNumber, known)));
        }

        if (check.Registrations.Count > 0)
        {
            List<string> numbers = [.. check.Registrations.Select(r => r.Number)];
            var taken = (await db.Registrations.AsNoTracking().Where(r => numbers.Contains(r.Number)).Select(r => r.Number).ToListAsync(ct))
                .Concat(await db.Recognitions.AsNoTracking().Where(r => numbers.Contains(r.Number)).Select(r => r.Number).ToListAsync(ct))
                .ToHashSet();
            var inForce = await db.Registrations.AsNoTracking()
                .Where(r => r.Status == RegistrationStatus.Active && r.ValidTo >= today && idNumbers.Contains(r.Person!.IdNumber))
                .Select(r => new { r.Person!.IdNumber, r.Level, r.Number })
                .ToListAsync(ct);
            foreach (var row in check.Registrations)
            {
                if (taken.Contains(row.Number))
                    problems.Add(new(row.Row, RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberInRegistry, row.Number)));
                else if (inForce.FirstOrDefault(r => r.IdNumber == row.IdNumber && r.Level == row.Level) is { } held)
                    problems.Add(new(row.Row, RegistryImportColumns.IdNumber, Texts.Text(Texts.RegistryImport_PersonHoldsLevel, row.IdNumber, (int)row.Level, held.Number)));
            }
        }

        if (check.Certificates.Count > 0)
        {
            List<string> numbers = [.. check.Certificates.Select(c => c.Number)];
            var existing = await db.ProjectCertificates.AsNoTracking().Where(c => numbers.Contains(c.Number))
                .Select(c => new { c.Kind, c.Number, c.IssuingDistrictCode }).ToListAsync(ct);
            foreach (var row in check.Certificates.Where(r => existing.Any(e => e.Kind == r.Kind && e.Number == r.Number && e.IssuingDistrictCode == r.IssuingDistrictCode)))
                problems.Add(new(row.Row, RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberInRegistry, row.Number)));
        }
        return problems;
    }
}
