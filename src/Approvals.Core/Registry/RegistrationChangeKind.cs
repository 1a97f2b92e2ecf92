using Approvals.Text;

namespace Approvals.Core.Registry;

/// <summary>What a change of registration changed.</summary>
public enum RegistrationChangeKind
{
    Employer,

    /// <summary>The district that holds the registration (the new employer's).</summary>
    District,

    Projects,
}

public static class RegistrationChangeKindNames
{
    public static LocalizedText DisplayName(this RegistrationChangeKind kind) => kind switch
    {
        RegistrationChangeKind.Employer => Texts.Text(Texts.RegistrationChangeKind_Employer),
        RegistrationChangeKind.District => Texts.Text(Texts.RegistrationChangeKind_District),
        RegistrationChangeKind.Projects => Texts.Text(Texts.RegistrationChangeKind_Projects),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change."),
    };
}
