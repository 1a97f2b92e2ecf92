using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>What is wrong with the registration a registration recognition names, in zh-CN and en, with the field to fix.</summary>
public static class RecognitionFindings
{
    public static Finding LevelFromRegistry() => new(
        "Recognition.LevelFromRegistry",
        new("注册互认的级别取自注册库中的注册记录，请不要填写级别。", "The level of a registration recognition comes from the registry's record of the registration; leave the level empty."),
        Field: "level");

    public static Finding NotARegistration(RegistrationNumber number) => new(
        "Recognition.NotARegistration",
        number.Kind == RegistryRecordKind.RegistrationRecognition
            ? new($"{number} 是互认编号；只有注册（R1/R2）可以互认，请填写您在示范区另一个区取得的注册编号（如 CSJ-R2-320509-2025-000001）。",
                $"{number} is the number of a recognition. Only a registration (R1/R2) can be recognised: give the number of your registration from another district of the zone (e.g. CSJ-R2-320509-2025-000001).")
            : new($"{number} 是证书互认编号；只有注册（R1/R2）可以互认，请填写您在示范区另一个区取得的注册编号（如 CSJ-R2-320509-2025-000001）。",
                $"{number} is the number of a certificate recognition. Only a registration (R1/R2) can be recognised: give the number of your registration from another district of the zone (e.g. CSJ-R2-320509-2025-000001)."),
        Field: "registrationNumber");

    public static Finding NotFound(string number) => new(
        "Recognition.NotFound",
        new($"注册库中没有注册 {number}，请核对注册编号；平台启用前取得的注册须先由发证区录入注册库。",
            $"The registry holds no registration {number}: please check the number. A registration issued before the platform must first be entered into the registry by its district."),
        Field: "registrationNumber");

    public static Finding HolderDiffers(string number, string field) => new(
        "Recognition.HolderDiffers",
        field == "personName"
            ? new($"注册 {number} 的持有人姓名与申请填写的姓名不一致，请核对姓名或注册编号。", $"The holder's name of registration {number} is not the name in the application: please check the name or the number.")
            : new($"注册 {number} 的持有人身份证号码与申请填写的不一致，请核对身份证号码或注册编号。", $"The holder's ID number of registration {number} is not the one in the application: please check the ID number or the registration number."),
        Field: field);

    public static Finding NotInForce(string number, LocalizedText status) => new(
        "Recognition.NotInForce",
        new($"注册 {number} {status.ZhCn}，不能互认。", $"Registration {number} is {status.En}; it cannot be recognised."),
        Field: "registrationNumber");
}
