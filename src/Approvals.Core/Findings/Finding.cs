using Approvals.Text;

namespace Approvals.Core.Findings;

/// <summary>
/// One problem found by an automatic check: data for the applicant and the reviewer, never an exception.
/// </summary>
/// <param name="Code">A stable, dotted code such as <c>IdNumber.CheckCharacter</c> that tests and forms can rely on.</param>
/// <param name="Message">What is wrong and, where it helps, what to do, in zh-CN and en.</param>
/// <param name="Field">The form field concerned, when there is one.</param>
/// <param name="Document">The document concerned, when there is one.</param>
public sealed record Finding(string Code, LocalizedText Message, string? Field = null, string? Document = null)
{
    /// <summary>The code of a reviewer's request for corrections, which the procedures record as a finding.</summary>
    public const string ReviewerRequestCode = "Review.Corrections";

    /// <summary>Whether a correction (补正) can cure it; when not, the application is not accepted (不予受理).</summary>
    public bool IsCorrectable => FindingCorrectability.IsCorrectable(Code);

    /// <summary>Whether the automatic check found it (自动审查发现) rather than a reviewer asking for it (their codes begin with <see cref="ReviewerRequestCode"/>).</summary>
    public bool IsFromAutomaticCheck => !Code.StartsWith(ReviewerRequestCode, StringComparison.Ordinal);
}
