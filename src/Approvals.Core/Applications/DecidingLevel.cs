using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// The level a case is decided and registered at: what decides whether a second approval is needed and what
/// IssueRegistration / IssueRecognition write. It comes from the registry, never from the level the applicant typed:
/// for a renewal or a registration recognition the level of the registration named as the registry records it
/// (a recognition of a registration the registry does not hold has no level and never passes the automatic check);
/// for an initial registration the level of the qualification certificate as the registry records it, or, for a
/// certificate the registry does not hold, the level the applicant declared for it (the reviewer checks the copy).
/// </summary>
public static class DecidingLevel
{
    public static MetrologistLevel? Of(ApplicationCheckFacts facts) =>
        Of(facts.Application, facts.RegistrationToRenew, facts.RegistrationToRecognise, facts.RegistrationToChange, facts.Qualification);

    public static MetrologistLevel? Of(DecidingRecords records) =>
        Of(records.Application, records.RegistrationToRenew, records.RegistrationToRecognise, records.RegistrationToChange, records.Qualification);

    private static MetrologistLevel? Of(Application application, Registration? toRenew, Registration? toRecognise, Registration? toChange, RecordedQualification? qualification) =>
        application.Type switch
        {
            ApplicationType.Renewal => toRenew?.Level,
            ApplicationType.RegistrationRecognition => toRecognise?.Level,
            ApplicationType.Change => toChange?.Level,
            ApplicationType.InitialRegistration => qualification?.Level ?? application.Level,
            _ => null,
        };
}
