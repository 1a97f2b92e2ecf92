using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.UseCases.Data;

namespace Approvals.UseCases.Cases;

/// <summary>
/// Oversight reads of a case (its page, a document, a notice) by a regulator or executive-committee staff go into the
/// registry read log, on its audit chain, like registry reads: who, from which district, which case and what was read.
/// </summary>
public static class CaseReadLog
{
    public const string Purpose = "CaseRead";

    /// <summary>Adds the entry when <paramref name="caller"/> reads for oversight; the caller's save commits it.</summary>
    /// <returns>whether an entry was added.</returns>
    public static bool Add(IApprovalsDbContext db, Application application, Caller caller, string what, DateTimeOffset now)
    {
        if (!IsOversightRead(application, caller))
            return false;
        var purpose = $"{Purpose}:{what}";
        db.RegistryReadLog.Add(new RegistryReadLog
        {
            ReaderUserId = caller.UserId,
            ReaderDistrictCode = caller.DistrictCode,
            Purpose = purpose.Length > 128 ? purpose[..128] : purpose,
            RecordNumber = application.CaseNumber ?? application.Id,
            Found = true,
            ReadAt = now,
        });
        return true;
    }

    /// <summary>A regulator's or the committee's read of a case that is not their own application.</summary>
    public static bool IsOversightRead(Application application, Caller caller) =>
        !caller.IsUnrestricted && caller.Roles.Contains(ApprovalsRoles.Regulator) && !ApplicationAccess.IsApplicant(application, caller);
}
