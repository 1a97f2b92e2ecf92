using Approvals.Core.Applications;
using Approvals.Core.Documents;

namespace Approvals.Core.Tests.Applications;

public sealed class RequiredDocumentsTests
{
    [Fact]
    public void Initial_registration_needs_form_qualification_a_project_certificate_per_project_id_card_photo_and_employment_proof()
    {
        var required = RequiredDocuments.Default(ApplicationType.InitialRegistration);

        Assert.Equal(
            [
                [DocumentKind.ApplicationForm],
                [DocumentKind.QualificationCertificate],
                [DocumentKind.ProjectAssessmentCertificate, DocumentKind.VerifierCertificate],
                [DocumentKind.IdCard],
                [DocumentKind.Photo],
                [DocumentKind.EmploymentProof],
            ],
            required.Select(r => r.AnyOf.ToArray()));
        Assert.Equal([false, false, true, false, false, false], required.Select(r => r.PerRegisteredProject));
    }

    [Fact]
    public void Recognition_of_a_registration_needs_the_existing_certificate_and_the_new_employers_contract()
    {
        var required = RequiredDocuments.Default(ApplicationType.RegistrationRecognition);

        Assert.Equal(
            [DocumentKind.RegistrationCertificate, DocumentKind.EmploymentContract],
            required.Select(r => Assert.Single(r.AnyOf)));
    }

    [Fact]
    public void Recognition_of_a_certificate_needs_that_certificate_and_the_new_employers_contract()
    {
        var required = RequiredDocuments.Default(ApplicationType.CertificateRecognition);

        Assert.True(required[0].IsSatisfiedBy(DocumentKind.ProjectAssessmentCertificate));
        Assert.True(required[0].IsSatisfiedBy(DocumentKind.VerifierCertificate));
        Assert.False(required[0].IsSatisfiedBy(DocumentKind.RegistrationCertificate));
        Assert.Equal(DocumentKind.EmploymentContract, Assert.Single(required[1].AnyOf));
    }

    [Fact]
    public void Renewal_needs_the_registration_being_renewed_instead_of_the_qualification()
    {
        var kinds = RequiredDocuments.Default(ApplicationType.Renewal).SelectMany(r => r.AnyOf).ToList();

        Assert.Contains(DocumentKind.RegistrationCertificate, kinds);
        Assert.DoesNotContain(DocumentKind.QualificationCertificate, kinds);
        Assert.Contains(DocumentKind.IdCard, kinds);
    }

    [Fact]
    public void Every_application_type_has_a_default_set_and_a_name_in_both_languages()
    {
        foreach (var type in Enum.GetValues<ApplicationType>())
        {
            Assert.NotEmpty(RequiredDocuments.Default(type));
            Assert.False(string.IsNullOrWhiteSpace(type.DisplayName().ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(type.DisplayName().En));
        }
    }

    [Fact]
    public void Every_document_kind_has_a_distinct_name_in_both_languages()
    {
        var names = Enum.GetValues<DocumentKind>().Select(k => k.DisplayName()).ToList();

        Assert.Equal(names.Count, names.Select(n => n.ZhCn).Distinct().Count());
        Assert.Equal(names.Count, names.Select(n => n.En).Distinct().Count());
    }

    [Fact]
    public void A_requirement_per_project_says_so_in_its_name()
    {
        var name = DocumentRequirement.EachProjectOneOf(DocumentKind.ProjectAssessmentCertificate, DocumentKind.VerifierCertificate).DisplayName();

        Assert.Equal("计量专业项目考核合格证或计量检定员证（每个注册项目一份）", name.ZhCn);
        Assert.Equal("Metrology project assessment certificate or Metrology verifier certificate (one per registered project)", name.En);
    }

    [Fact]
    public void Settings_replace_the_default_set_of_a_type_and_leave_the_others()
    {
        var options = new DocumentOptions
        {
            RequiredDocuments = { [ApplicationType.Renewal] = [DocumentRequirement.One(DocumentKind.ApplicationForm)] },
        };

        Assert.Equal(DocumentKind.ApplicationForm, Assert.Single(Assert.Single(options.RequiredFor(ApplicationType.Renewal)).AnyOf));
        Assert.Equal(6, options.RequiredFor(ApplicationType.InitialRegistration).Count);
        Assert.Equal(10 * 1024 * 1024, options.MaxSizeBytes);
    }
}
