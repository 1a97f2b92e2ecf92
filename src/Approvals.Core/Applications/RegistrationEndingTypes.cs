namespace Approvals.Core.Applications;

public static class RegistrationEndingTypes
{
    /// <summary>Cancellation and revocation: types that end a registration rather than grant one.</summary>
    public static bool EndsRegistration(this ApplicationType type) => type is ApplicationType.Cancellation or ApplicationType.Revocation;
}
