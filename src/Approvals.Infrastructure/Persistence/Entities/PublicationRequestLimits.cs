namespace Approvals.Infrastructure.Persistence.Entities;

public static class PublicationRequestLimits
{
    public const int MaxReasonLength = 2000;
}
