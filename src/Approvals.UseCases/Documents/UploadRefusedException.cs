using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.UseCases.Documents;

/// <summary>An upload that was refused, with every reason; nothing was stored.</summary>
public sealed class UploadRefusedException(IReadOnlyList<Finding> findings)
    : InvalidRefusal(new(string.Concat(findings.Select(f => f.Message.ZhCn)), string.Join(" ", findings.Select(f => f.Message.En))))
{
    public IReadOnlyList<Finding> Findings { get; } = findings;

    public override LocalizedText Title => Texts.Text(Texts.UploadRefusedException_UploadWasRefusedNothingWasStored);

    /// <summary>The findings in full, both languages each, as the API always returned them.</summary>
    public override IReadOnlyDictionary<string, object?> Details(string? culture) =>
        new Dictionary<string, object?> { ["findings"] = Findings };
}
