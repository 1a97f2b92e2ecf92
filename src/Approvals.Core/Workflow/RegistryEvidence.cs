using Approvals.Core.Registry;

namespace Approvals.Core.Workflow;

/// <summary>The registry record found for a verification subject, kept with the case as evidence.</summary>
public sealed record RegistryEvidence(
    string Number,
    string HolderName,
    string DistrictCode,
    MetrologistLevel? Level,
    DateOnly ValidTo,
    RegistrationStatus Status);
