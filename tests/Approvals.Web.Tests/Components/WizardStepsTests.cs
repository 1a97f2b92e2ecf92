using Approvals.Core.Applications;
using Approvals.Web.Features.Applications.Pages;
using Approvals.Web.Features.Applications.Wizard;

namespace Approvals.Web.Tests.Components;

/// <summary>The wizard's steps per type: a holder's cancellation (注销) has no employer step and carries its reason.</summary>
public sealed class WizardStepsTests
{
    [Fact]
    public void A_cancellation_goes_from_the_person_to_the_registration_to_cancel_without_an_employer_step()
    {
        var steps = new WizardSteps(ApplicationType.Cancellation);

        Assert.Equal([FindingTargets.PersonStep, FindingTargets.QualificationStep, FindingTargets.DocumentsStep, FindingTargets.SubmitStep], steps.Shown);
        Assert.Equal(FindingTargets.QualificationStep, steps.Move(FindingTargets.PersonStep, 1));
        Assert.Equal(2, steps.Number(FindingTargets.QualificationStep));
        Assert.Equal("Wizard_StepRegistration", steps.LabelKey(FindingTargets.QualificationStep));
        Assert.Equal(FindingTargets.PersonStep, steps.Nearest(FindingTargets.EmployerStep));
    }

    [Theory]
    [InlineData(ApplicationType.InitialRegistration)]
    [InlineData(ApplicationType.Change)]
    public void Other_types_keep_all_five_steps_numbered_in_order(ApplicationType type)
    {
        var steps = new WizardSteps(type);

        Assert.Equal(5, steps.Shown.Count);
        Assert.Equal(4, steps.Number(FindingTargets.DocumentsStep));
        Assert.Equal("Wizard_StepQualification", steps.LabelKey(FindingTargets.QualificationStep));
        Assert.Equal(FindingTargets.SubmitStep, steps.Move(FindingTargets.SubmitStep, 1));
    }

    [Fact]
    public void A_cancellation_form_names_the_registration_and_the_reason_and_no_certificate()
    {
        var model = new ApplicationFormModel
        {
            Type = ApplicationType.Cancellation, PersonName = "李娜", RegistrationNumber = "CSJ-R1-310118-2025-000002", Reason = "本人已退休。", CertificateNumber = "JL-1",
        };

        var form = model.ToForm();

        Assert.Equal("CSJ-R1-310118-2025-000002", form.RegistrationNumber);
        Assert.Equal("本人已退休。", form.Reason);
        Assert.Null(form.Certificates);
        Assert.Null(new ApplicationFormModel { Type = ApplicationType.Change, Reason = "stale" }.ToForm().Reason);
    }
}
