using Approvals.Text;

namespace Approvals.Core.Registry;

/// <summary>
/// Whether a registration is valid on a day. 行政许可法 art. 50: a renewal filed before the registration ended and
/// not yet decided keeps it valid past its end date, until the renewal is decided.
/// </summary>
/// <param name="Status">The status on the day: an active registration past its end reads as expired, unless a renewal is pending.</param>
/// <param name="RenewalPending">Valid only because a renewal filed in time is still undecided.</param>
public sealed record RegistrationValidity(bool Valid, RegistrationStatus Status, bool RenewalPending)
{
    /// <param name="renewalFiledOn">The day an undecided renewal of this registration was submitted; null when there is none.</param>
    public static RegistrationValidity On(RegistrationStatus stored, DateOnly validTo, DateOnly? renewalFiledOn, DateOnly day)
    {
        if (stored != RegistrationStatus.Active)
            return new(false, stored, false);
        if (day <= validTo)
            return new(true, RegistrationStatus.Active, false);
        return renewalFiledOn is { } filed && filed <= validTo
            ? new(true, RegistrationStatus.Active, true)
            : new(false, RegistrationStatus.Expired, false);
    }

    public LocalizedText Text => (Valid, RenewalPending, Status) switch
    {
        (true, true, _) => Texts.Text(Texts.RegistrationValidity_ValidRenewalPendingArt),
        (true, false, _) => Texts.Text(Texts.RegistrationValidity_Valid),
        (_, _, RegistrationStatus.Expired) => Texts.Text(Texts.RegistrationValidity_Expired),
        (_, _, RegistrationStatus.Cancelled) => Texts.Text(Texts.RegistrationValidity_Cancelled),
        _ => Texts.Text(Texts.RegistrationValidity_Revoked),
    };
}
