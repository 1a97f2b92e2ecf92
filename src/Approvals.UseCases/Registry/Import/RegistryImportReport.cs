using Approvals.Core.Registry.Import;

namespace Approvals.UseCases.Registry.Import;

/// <summary>A refused row as a reader sees it: row number, column (its key and its header) and reason, in one language.</summary>
public sealed record RegistryImportReportLine(int Row, string Column, string ColumnName, string Reason);

public static class RegistryImportReport
{
    public static IReadOnlyList<RegistryImportReportLine> For(RegistryImportKind kind, IEnumerable<RegistryImportProblem> problems, string? culture)
    {
        var columns = RegistryImportColumns.Of(kind);
        return [.. problems.Select(p => new RegistryImportReportLine(
            p.Row,
            p.Column,
            columns.FirstOrDefault(c => c.Key == p.Column)?.Name.For(culture) ?? p.Column,
            p.Reason.For(culture)))];
    }
}
