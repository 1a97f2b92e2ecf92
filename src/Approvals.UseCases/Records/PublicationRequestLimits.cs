namespace Approvals.UseCases.Records;

public static class PublicationRequestLimits
{
    public const int MaxReasonLength = 2000;
}
