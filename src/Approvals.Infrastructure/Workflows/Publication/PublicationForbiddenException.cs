using Approvals.Workflows.Registry;

namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>The caller may not take this publication step: publishing alone what needs approval, or approving their own request or another bureau's.</summary>
public sealed class PublicationForbiddenException(LocalizedText text) : LocalizedException(text);
