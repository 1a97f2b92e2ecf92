using Approvals.Core.Applications;

namespace Approvals.Web.Features.Applications.Wizard;

/// <summary>
/// The steps the wizard shows for a type, in order, each a <see cref="FindingTargets"/> step with its label: a
/// cancellation (注销) names no employer, and its third step is the registration to cancel.
/// </summary>
public sealed class WizardSteps
{
    private static readonly int[] All = [FindingTargets.PersonStep, FindingTargets.EmployerStep, FindingTargets.QualificationStep, FindingTargets.DocumentsStep, FindingTargets.SubmitStep];
    private static readonly int[] WithoutEmployer = [FindingTargets.PersonStep, FindingTargets.QualificationStep, FindingTargets.DocumentsStep, FindingTargets.SubmitStep];

    private readonly ApplicationType _type;

    public WizardSteps(ApplicationType type)
    {
        _type = type;
        Shown = type == ApplicationType.Cancellation ? WithoutEmployer : All;
    }

    /// <summary>The steps shown, in order.</summary>
    public IReadOnlyList<int> Shown { get; }

    public int First => Shown[0];

    public int Last => Shown[^1];

    /// <summary>The position people read (1-based); a step the type does not show reads as the nearest one before it.</summary>
    public int Number(int step) => Index(step) + 1;

    /// <summary>The shown step <paramref name="offset"/> places from <paramref name="step"/>, kept within the steps.</summary>
    public int Move(int step, int offset) => Shown[Math.Clamp(Index(step) + offset, 0, Shown.Count - 1)];

    /// <summary>The step at a position people read (1-based, as in the address), kept within the steps.</summary>
    public int AtNumber(int number) => Shown[Math.Clamp(number - 1, 0, Shown.Count - 1)];

    /// <summary>The step itself when shown; otherwise the nearest shown step before it.</summary>
    public int Nearest(int step) => Shown[Index(step)];

    public string LabelKey(int step) => step switch
    {
        FindingTargets.PersonStep => "Wizard_StepPerson",
        FindingTargets.EmployerStep => "Wizard_StepEmployer",
        FindingTargets.QualificationStep => _type == ApplicationType.Cancellation ? "Wizard_StepRegistration" : "Wizard_StepQualification",
        FindingTargets.DocumentsStep => "Wizard_StepDocuments",
        _ => "Wizard_StepSubmit",
    };

    private int Index(int step) => Math.Max(0, Shown.Count(s => s <= step) - 1);
}
