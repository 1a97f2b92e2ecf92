using Approvals.Text;

namespace Approvals.Core.Registry;

/// <summary>What happened to a registration: one kind per entry of its history.</summary>
public enum RegistrationEvent
{
    /// <summary>Registered by an approved initial registration (初始注册).</summary>
    Issued,

    /// <summary>Validity extended by an approved renewal (延续注册).</summary>
    Renewed,

    /// <summary>Carried over from an existing record by a registry import.</summary>
    Imported,

    EmployerChanged,

    /// <summary>Moved to the district of the new employer by a change of registration.</summary>
    DistrictChanged,

    ProjectsChanged,

    /// <summary>Cancelled (注销) at the holder's request or by the bureau.</summary>
    Cancelled,

    /// <summary>Revoked (撤销) by the bureau.</summary>
    Revoked,
}

public static class RegistrationEventNames
{
    public static LocalizedText DisplayName(this RegistrationEvent kind) => kind switch
    {
        RegistrationEvent.Issued => Texts.Text(Texts.RegistrationEvent_Issued),
        RegistrationEvent.Renewed => Texts.Text(Texts.RegistrationEvent_Renewed),
        RegistrationEvent.Imported => Texts.Text(Texts.RegistrationEvent_Imported),
        RegistrationEvent.EmployerChanged => Texts.Text(Texts.RegistrationEvent_EmployerChanged),
        RegistrationEvent.DistrictChanged => Texts.Text(Texts.RegistrationEvent_DistrictChanged),
        RegistrationEvent.ProjectsChanged => Texts.Text(Texts.RegistrationEvent_ProjectsChanged),
        RegistrationEvent.Cancelled => Texts.Text(Texts.RegistrationEvent_Cancelled),
        RegistrationEvent.Revoked => Texts.Text(Texts.RegistrationEvent_Revoked),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown registration event."),
    };
}
