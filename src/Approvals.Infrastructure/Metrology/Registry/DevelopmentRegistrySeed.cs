using Approvals.Core.Checks;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Registry;

/// <summary>
/// A small registry for development: in each district two people, each with a qualification certificate,
/// a project assessment or verifier certificate and a registration, so verification answered from the
/// registry, the public check and renewal can be tried at once. Adds only what is missing (by number or the seed's
/// own id), so a data folder seeded in one year starts again in the next.
/// </summary>
public static class DevelopmentRegistrySeed
{
    /// <summary>The people seeded (valid GB 11643 numbers), by district: name, ID number.</summary>
    public static readonly IReadOnlyList<(string District, string Name, string IdNumber, string CreditCode, string Employer)> People =
    [
        ("310118", "张伟", IdNumber("11010519491231002"), CreditCode("91310118MA1JL0001"), "上海青浦精密计量有限公司"),
        ("310118", "李娜", IdNumber("31011819850315002"), CreditCode("91310118MA1JL0001"), "上海青浦精密计量有限公司"),
        ("320509", "王芳", IdNumber("32050919900101002"), CreditCode("91320509MA1MT0001"), "苏州吴江检测技术有限公司"),
        ("320509", "刘洋", IdNumber("32050919880808003"), CreditCode("91320509MA1MT0001"), "苏州吴江检测技术有限公司"),
        ("330421", "陈静", IdNumber("33042119921212002"), CreditCode("91330421MA2BA0001"), "嘉善计量仪器有限公司"),
        ("330421", "杨磊", IdNumber("33042119870606003"), CreditCode("91330421MA2BA0001"), "嘉善计量仪器有限公司"),
    ];

    private static string IdNumber(string first17) => first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);

    private static string CreditCode(string first17) => first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);

    public static async Task ApplyAsync(ApprovalsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = ZoneTime.Today(clock.GetUtcNow());
        for (var i = 0; i < People.Count; i++)
        {
            var (district, name, idNumber, creditCode, employer) = People[i];
            var person = await db.Persons.FirstOrDefaultAsync(p => p.IdNumber == idNumber, cancellationToken);
            if (person is null)
            {
                person = new Person { Id = $"seed-person-{i + 1}", Name = name, IdNumber = idNumber, Email = $"seed{i + 1}@example.test" };
                db.Persons.Add(person);
            }
            var enterprise = db.Enterprises.Local.FirstOrDefault(e => e.CreditCode == creditCode)
                ?? await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);
            if (enterprise is null)
            {
                enterprise = new Enterprise { Id = $"seed-enterprise-{district}", Name = employer, CreditCode = creditCode, DistrictCode = district };
                db.Enterprises.Add(enterprise);
            }

            var level = i % 2 == 0 ? MetrologistLevel.Level2 : MetrologistLevel.Level1;
            var qualification = $"ZG-{district}-{i + 1:D4}";
            if (!await db.QualificationCertificates.AnyAsync(c => c.Number == qualification, cancellationToken))
                db.QualificationCertificates.Add(new QualificationCertificate { Id = $"seed-qualification-{i + 1}", Number = qualification, PersonId = person.Id, Level = level, IssuedOn = today.AddYears(-3), Issuer = "人力资源和社会保障部" });

            var certificate = SeedCertificateNumber(district, i);
            if (!await db.ProjectCertificates.AnyAsync(c => c.Number == certificate, cancellationToken))
            {
                db.ProjectCertificates.Add(new ProjectCertificate
                {
                    Id = $"seed-certificate-{i + 1}",
                    Kind = i % 2 == 0 ? ProjectCertificateKind.ProjectAssessment : ProjectCertificateKind.Verifier,
                    Number = certificate,
                    PersonId = person.Id,
                    Projects = ["长度计量", "热工计量"],
                    IssuingDistrictCode = district,
                    Issuer = $"{district} 市场监督管理局",
                    ValidFrom = today.AddYears(-1),
                    ValidTo = today.AddYears(4),
                    Status = RegistrationStatus.Active,
                    RecordedAt = clock.GetUtcNow(),
                });
            }

            // The number carries last year, so a later year gives a new number: the seed's own id says whether it is there.
            var number = RegistrationNumber.ForRegistration(level, district, today.Year - 1, i + 1).ToString();
            var registrationId = $"seed-registration-{i + 1}";
            if (!await db.Registrations.AnyAsync(r => r.Id == registrationId || r.Number == number, cancellationToken))
            {
                // The first person of each district is inside the renewal window, the second well before it.
                var validTo = i % 2 == 0 ? today.AddDays(30) : today.AddYears(3);
                var registration = new Registration
                {
                    Id = registrationId,
                    Number = number,
                    Level = level,
                    PersonId = person.Id,
                    EnterpriseId = enterprise.Id,
                    Projects = ["长度计量"],
                    DistrictCode = district,
                    ValidFrom = validTo.AddYears(-5).AddDays(1),
                    ValidTo = validTo,
                    Status = RegistrationStatus.Active,
                    IssuedAt = clock.GetUtcNow(),
                };
                db.Registrations.Add(registration);
                // As a district's earlier decision would have left it: the registry file shows when it was issued.
                db.RegistrationHistory.Add(new RegistrationHistoryEntry
                {
                    RegistrationId = registration.Id,
                    RegistrationNumber = number,
                    Kind = RegistrationEvent.Issued,
                    To = RegistrationHistoryEntry.Validity(registration.ValidFrom, registration.ValidTo),
                    EffectiveOn = registration.ValidFrom,
                    RecordedAt = registration.IssuedAt,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The seeded project or verifier certificate of person <paramref name="index"/> (0-based).</summary>
    public static string SeedCertificateNumber(string district, int index) => $"JL-{district}-{index + 1:D4}";
}
