using Approvals.Core.Registry.Import;
using Approvals.Text;

namespace Approvals.UseCases.Registry.Import;

/// <summary>An import with refused rows: nothing is written; the answer lists every refused row (member <c>rows</c>).</summary>
public sealed class RegistryImportRefusal(RegistryImportKind kind, IReadOnlyList<RegistryImportProblem> problems)
    : InvalidRefusal(Texts.Text(Texts.RegistryImport_RowsRefusedNothingWritten, problems.Select(p => p.Row).Distinct().Count()))
{
    public IReadOnlyList<RegistryImportProblem> Problems { get; } = problems;

    public override LocalizedText Title => Texts.Text(Texts.RegistryImport_RefusedTitle);

    public override IReadOnlyDictionary<string, object?> Details(string? culture) =>
        new Dictionary<string, object?> { ["rows"] = RegistryImportReport.For(kind, Problems, culture) };
}
