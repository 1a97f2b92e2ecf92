using Approvals.Core.Applications;
using Approvals.Text;

namespace Approvals.UseCases.Instances;

/// <summary>Why a case's statutory limit cannot be extended.</summary>
public static class StatutoryRefusals
{
    public static ConflictRefusal AlreadyExtended(string instanceId) =>
        new(Texts.Text(Texts.StatutoryRefusals_TimeLimitOfInstanceWasAlready, instanceId));

    public static ConflictRefusal Finished(string instanceId) =>
        new(Texts.Text(Texts.StatutoryRefusals_InstanceIsFinishedItsTimeLimit, instanceId));

    /// <summary>The limit runs from acceptance (art. 42): before it there is nothing to extend.</summary>
    public static ConflictRefusal NotAcceptedYet(string caseNumber) =>
        new(Texts.Text(Texts.StatutoryRefusals_CaseNotAcceptedYet, caseNumber));

    /// <summary>A step landed on the instance between reading it and saving the extension: the regulator decides again on what it is now.</summary>
    public static ConflictRefusal ChangedMeanwhile(string caseNumber) =>
        new(Texts.Text(Texts.StatutoryRefusals_CaseChangedWhileExtending, caseNumber));

    public static ConflictRefusal NoLimit(string instanceId) =>
        new(Texts.Text(Texts.StatutoryRefusals_ProcedureOfInstanceHasNoStatutory, instanceId));

    public static LocalizedText ReasonRequired { get; } = Texts.Text(Texts.StatutoryRefusals_GiveReasonForExtendingTimeLimit, StatutoryExtensionRules.MaxReasonLength);
}
