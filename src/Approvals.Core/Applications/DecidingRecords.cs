using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// The registry records a case is decided on: the registration under the number it names (with its holder and
/// employer) and the qualification certificate it cites. <see cref="DecidingLevel"/> reads its level from them, and the
/// steps that write a registration read the registration they act on; the automatic check reads them among its facts.
/// </summary>
/// <param name="NamedRegistration">The registration under the number the case names, if the registry has one.</param>
/// <param name="Qualification">The qualification certificate an initial registration cites, if the registry has it.</param>
public sealed record DecidingRecords(Application Application, Registration? NamedRegistration, RecordedQualification? Qualification)
{
    /// <summary>The named registration when the applicant holds it themselves (by ID number).</summary>
    public Registration? HoldersOwn =>
        NamedRegistration is { } registration && registration.Person?.IdNumber == (Application.IdNumber ?? "") ? registration : null;

    public Registration? RegistrationToRenew => Application.Type == ApplicationType.Renewal ? HoldersOwn : null;

    public Registration? RegistrationToRecognise => Application.Type == ApplicationType.RegistrationRecognition ? NamedRegistration : null;

    public Registration? RegistrationToChange => Application.Type == ApplicationType.Change ? HoldersOwn : null;

    public Registration? RegistrationToEnd => Application.EndsRegistration ? NamedRegistration : null;
}
