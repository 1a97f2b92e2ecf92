using Approvals.Core.Applications;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Web.Features.Applications.Pages;
using Approvals.UseCases.Cases;
namespace Approvals.Web.Tests.Components;

/// <summary>Where on the timeline the applicant reads each reviewer's comment.</summary>
public sealed class TimelineCommentsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    private static TimelineView Step(ApplicationStatus status, int minutes) => new(status, status.DisplayName(), Start.AddMinutes(minutes), null, null);

    private static DecisionView Decision(string outcome, string? comment, DateTimeOffset at) => new("review", "审核", outcome, comment, "reviewer", at);

    private static readonly TimelineView[] Timeline =
    [
        Step(ApplicationStatus.Submitted, 0),
        Step(ApplicationStatus.InReview, 0),
        Step(ApplicationStatus.AwaitingCorrections, 30),
        Step(ApplicationStatus.InReview, 90),
        Step(ApplicationStatus.Approved, 200),
    ];

    [Fact]
    public void A_comment_stands_on_the_status_its_decision_set_not_on_what_the_applicant_did_next()
    {
        var quickTimeline = Timeline.Select((s, i) => i >= 3 ? s with { At = Start.AddMinutes(30).AddTicks(i) } : s).ToArray();
        var (byStep, leftOver) = TimelineComments.Place(Timeline,
            [Decision("RequestCorrections", "照片不清晰", Start.AddMinutes(30)), Decision("Approve", "同意", Start.AddMinutes(200))]);
        var (quickByStep, _) = TimelineComments.Place(quickTimeline, [Decision("RequestCorrections", "照片不清晰", Start.AddMinutes(30))]);

        Assert.Equal("照片不清晰", Assert.Single(byStep[2]).Comment);
        Assert.Equal("同意", Assert.Single(byStep[4]).Comment);
        Assert.Empty(leftOver);
        // Corrected and resubmitted a moment later: the comment stays on the step that asked for the corrections.
        Assert.Equal("照片不清晰", Assert.Single(quickByStep[2]).Comment);
    }

    [Fact]
    public void A_decision_that_set_no_status_stands_on_the_status_it_was_made_in_and_one_without_comment_nowhere()
    {
        var (byStep, leftOver) = TimelineComments.Place(Timeline,
            [Decision("Approve", "一级复核通过", Start.AddMinutes(150)), Decision("Approve", " ", Start.AddMinutes(160))]);

        Assert.Equal("一级复核通过", Assert.Single(byStep[3]).Comment);
        Assert.Equal(1, byStep.Sum(g => g.Count()));
        Assert.Empty(leftOver);
    }
}
