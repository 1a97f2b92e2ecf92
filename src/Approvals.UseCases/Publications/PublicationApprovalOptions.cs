namespace Approvals.UseCases.Publications;

/// <summary>
/// Which procedures need a second regulator's approval to publish, and who approves (section <c>Workflows:Publication</c>).
/// The zone's procedures are its unified standard: by default every shipped one needs the executive committee's approval.
/// </summary>
public sealed class PublicationApprovalOptions
{
    public const string SectionName = "Workflows:Publication";

    public PublicationApprovalScope RequireApprovalFor { get; set; } = PublicationApprovalScope.Shipped;

    /// <summary>Regulator-created procedures that also need approval, by definition id.</summary>
    public List<string> AlsoRequireApprovalFor { get; set; } = [];

    public PublicationApprover Approver { get; set; } = PublicationApprover.ExecutiveCommittee;

    /// <summary>
    /// The bureau (district code) that owns a procedure, by definition id; with <see cref="PublicationApprover.OwningBureau"/>
    /// its regulators approve. A procedure with no owner here is approved by the executive committee.
    /// </summary>
    public Dictionary<string, string> OwningBureaus { get; set; } = new(StringComparer.Ordinal);
}

public enum PublicationApprovalScope
{
    /// <summary>The procedures shipped in <c>workflows/</c> (and those listed in AlsoRequireApprovalFor).</summary>
    Shipped,

    /// <summary>Every procedure.</summary>
    All,
}

public enum PublicationApprover
{
    ExecutiveCommittee,
    OwningBureau,
}
