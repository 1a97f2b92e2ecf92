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
    public static MetrologistLevel? Of(ApplicationCheckFacts facts)
    {
        var application = facts.Application;
        return application.Type switch
        {
            ApplicationType.Renewal => facts.RegistrationToRenew?.Level,
            ApplicationType.RegistrationRecognition => facts.RegistrationToRecognise?.Level,
            ApplicationType.Change => facts.RegistrationToChange?.Level,
            ApplicationType.InitialRegistration => facts.Qualification?.Level ?? application.Level,
            _ => null,
        };
    }
}
