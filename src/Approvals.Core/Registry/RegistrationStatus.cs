namespace Approvals.Core.Registry;

/// <summary>The status of a registration, recognition or certificate in the shared registry.</summary>
public enum RegistrationStatus
{
    Active,
    Expired,
    Cancelled,
    Revoked,
}
