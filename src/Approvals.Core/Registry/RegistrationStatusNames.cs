using Approvals.Text;

namespace Approvals.Core.Registry;

/// <summary>How people read a registry record's status: 有效 / 已过期 / 已注销 / 已撤销.</summary>
public static class RegistrationStatusNames
{
    public static LocalizedText DisplayName(this RegistrationStatus status) => status switch
    {
        RegistrationStatus.Active => Texts.Text(Texts.RegistrationStatus_Active),
        RegistrationStatus.Expired => Texts.Text(Texts.RegistrationStatus_Expired),
        RegistrationStatus.Cancelled => Texts.Text(Texts.RegistrationStatus_Cancelled),
        RegistrationStatus.Revoked => Texts.Text(Texts.RegistrationStatus_Revoked),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
