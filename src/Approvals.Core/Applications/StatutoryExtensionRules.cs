namespace Approvals.Core.Applications;

/// <summary>行政许可法 art. 42: the decision limit may be extended once, by ten working days, with a reason the applicant is told.</summary>
public static class StatutoryExtensionRules
{
    public const int WorkingDays = 10;

    public const int MaxReasonLength = 1000;
}
