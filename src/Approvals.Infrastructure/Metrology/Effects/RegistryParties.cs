using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Finds or adds the person and the employer an application names, in the step's unit of work.</summary>
internal static class RegistryParties
{
    public static async Task<Person> PersonOfAsync(ApprovalsDbContext db, Application application, IIdGenerator ids, CancellationToken cancellationToken)
    {
        var idNumber = application.IdNumber ?? throw new InvalidOperationException($"Application '{application.Id}' has no ID number.");
        var person = db.Persons.Local.FirstOrDefault(p => p.IdNumber == idNumber)
            ?? await db.Persons.FirstOrDefaultAsync(p => p.IdNumber == idNumber, cancellationToken);
        if (person is null)
        {
            person = new Person { Id = ids.NewId(), Name = application.PersonName ?? "", IdNumber = idNumber };
            db.Persons.Add(person);
        }
        Update(person, application);
        return person;
    }

    /// <summary>What a case says of its person: a value the case does not give keeps the registry's, but e-mail and language are the case's.</summary>
    public static void Update(Person person, Application application)
    {
        person.Name = application.PersonName ?? person.Name;
        person.Email = application.ApplicantEmail;
        person.Culture = application.Culture;
        person.Phone = application.Phone ?? person.Phone;
    }

    public static async Task<Enterprise> EmployerOfAsync(ApprovalsDbContext db, Application application, IIdGenerator ids, CancellationToken cancellationToken)
    {
        var code = application.EmployerCreditCode ?? throw new InvalidOperationException($"Application '{application.Id}' has no employer credit code.");
        var enterprise = db.Enterprises.Local.FirstOrDefault(e => e.CreditCode == code)
            ?? await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == code, cancellationToken);
        if (enterprise is null)
        {
            enterprise = new Enterprise { Id = ids.NewId(), Name = application.EmployerName ?? "", CreditCode = code, DistrictCode = application.EmployerDistrictCode ?? "" };
            db.Enterprises.Add(enterprise);
        }
        Update(enterprise, application);
        return enterprise;
    }

    /// <summary>What a case says of its employer: a value the case does not give keeps the registry's.</summary>
    public static void Update(Enterprise enterprise, Application application)
    {
        enterprise.Name = application.EmployerName ?? enterprise.Name;
        enterprise.DistrictCode = application.EmployerDistrictCode ?? enterprise.DistrictCode;
        enterprise.Address = application.EmployerAddress ?? enterprise.Address;
    }
}
