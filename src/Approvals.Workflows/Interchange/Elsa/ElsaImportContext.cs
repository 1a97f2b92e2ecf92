using Approvals.Text;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>What the import of one Elsa document gathers as it goes: the refusals, and the variables by Elsa id.</summary>
internal sealed class ElsaImportContext(IReadOnlyDictionary<string, string> variableNamesById)
{
    public List<ValidationError> Refusals { get; } = [];

    public void Refuse(string path, LocalizedText text) => Refusals.Add(new ValidationError(path, text));

    /// <summary>A variable named by Elsa's id (a SetVariable's or a Variable expression's reference), or null.</summary>
    public string? VariableName(string id) => variableNamesById.GetValueOrDefault(id);
}
