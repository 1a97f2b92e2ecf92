using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>Why a row of an import file is refused: its row number, the column (a key of <see cref="RegistryImportColumns"/>) and the reason.</summary>
public sealed record RegistryImportProblem(int Row, string Column, LocalizedText Reason);
