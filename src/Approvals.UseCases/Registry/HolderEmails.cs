using Approvals.Core.Access;
using Approvals.Core.Checks;
using Approvals.Core.Findings;
using Approvals.Text;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>
/// Staff record or correct the e-mail of a person in the registry, where a revocation's notice or a bureau
/// cancellation's decision reaches a holder whose registration was imported without one. The write goes on the
/// registry-writes chain with the person's content (the save chains it).
/// </summary>
public sealed class HolderEmails(IApprovalsDbContext db)
{
    public const string EmailCode = "Registry.Email";

    /// <exception cref="ForbiddenRefusal">the caller is neither a reviewer nor a regulator.</exception>
    /// <exception cref="NotFoundRefusal">no such person.</exception>
    /// <exception cref="CaseValidationException">the address is empty or not one valid address.</exception>
    public async Task<string> RecordAsync(Caller caller, string personId, string? email, CancellationToken cancellationToken)
    {
        RegistryLookup.RequireStaff(caller);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.RegistryLookup_NoPerson));
        if (!EmailAddress.IsValid(email))
            throw new CaseValidationException([new Finding(EmailCode, Texts.Text(Texts.HolderEmails_Invalid, email?.Trim() ?? ""), "email")]);
        person.Email = email!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return person.Email;
    }
}

/// <summary>A person's e-mail as staff record it.</summary>
public sealed record HolderEmailForm(string? Email);
