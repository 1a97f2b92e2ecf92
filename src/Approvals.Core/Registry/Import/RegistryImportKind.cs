namespace Approvals.Core.Registry.Import;

/// <summary>What an import file holds: registrations of registered metrologists, or their project certificates.</summary>
public enum RegistryImportKind
{
    /// <summary>Registrations (注册) issued before the platform, level 1 or 2, with their numbers and validity.</summary>
    Registrations,

    /// <summary>Project assessment certificates (考核合格证) and verifier certificates (检定员证).</summary>
    Certificates,
}
