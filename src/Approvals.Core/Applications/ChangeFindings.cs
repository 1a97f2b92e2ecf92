using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>What is wrong with a change of registration (变更注册), in zh-CN and en, with the field to fix.</summary>
public static class ChangeFindings
{
    public const string NotInForceCode = "Change.NotInForce";

    public static Finding LevelFromRegistry() => new(
        "Change.LevelFromRegistry", Texts.Text(Texts.ChangeFindings_LevelFromRegistry), Field: "level");

    public static Finding NotARegistration(string number) => new(
        "Change.NotARegistration", Texts.Text(Texts.ChangeFindings_NotARegistration, number), Field: "registrationNumber");

    public static Finding NotFound(string number) => new(
        "Change.NotFound", Texts.Text(Texts.ChangeFindings_RegistryHoldsNoRegistration, number), Field: "registrationNumber");

    public static Finding NameDiffers(string number) => new(
        "Change.NameDiffers", Texts.Text(Texts.ChangeFindings_NameDiffers, number), Field: "personName");

    public static Finding NotInForce(string number, LocalizedText status) => new(
        NotInForceCode, Texts.Text(Texts.ChangeFindings_NotInForce, number, status.ZhCn, status.En), Field: "registrationNumber");

    public static Finding NothingChanges() => new(
        "Change.NothingChanges", Texts.Text(Texts.ChangeFindings_NothingChanges), Field: "projects");

    public static Finding ProjectWithoutCertificate(string project) => new(
        "Change.ProjectWithoutCertificate", Texts.Text(Texts.ChangeFindings_ProjectWithoutCertificate, project), Field: "certificates");
}
