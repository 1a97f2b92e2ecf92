using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Support;

/// <summary>Registrations of new people written straight into the registry, as a district's earlier decisions would have.</summary>
public static class RegistryRecords
{
    /// <summary>
    /// A registration of a new person with the seeded enterprise of <paramref name="district"/>, ending the given days
    /// from the host's today; its number is unique per ID number within <paramref name="year"/> (tests pick different years).
    /// </summary>
    public static Task<string> RegisterAsync(MetrologyApiFactory factory, string idNumber, string name, MetrologistLevel level, string district,
        int year, int validForDays, RegistrationStatus status = RegistrationStatus.Active) =>
        factory.DatabaseAsync(async db =>
        {
            var today = ZoneTime.Today(factory.Now);
            var person = new Person { Id = $"registered-{idNumber}", Name = name, IdNumber = idNumber };
            var enterprise = await db.Enterprises.FirstAsync(e => e.DistrictCode == district);
            var number = RegistrationNumber.ForRegistration(level, district, year, 900_000 + int.Parse(idNumber[14..17])).ToString();
            db.Persons.Add(person);
            db.Registrations.Add(new Registration
            {
                Id = $"registered-{number}",
                Number = number,
                Level = level,
                PersonId = person.Id,
                EnterpriseId = enterprise.Id,
                Projects = ["长度计量"],
                DistrictCode = district,
                ValidFrom = today.AddDays(validForDays).AddYears(-5),
                ValidTo = today.AddDays(validForDays),
                Status = status,
                IssuedAt = factory.Now,
            });
            await db.SaveChangesAsync();
            return number;
        });
}
