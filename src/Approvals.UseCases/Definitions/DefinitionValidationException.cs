using Approvals.Text;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>A definition that cannot be saved or published; <see cref="Errors"/> lists every problem.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<ValidationError> errors) : InvalidRefusal(Summary(errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public override LocalizedText Title => Texts.Text(Texts.DefinitionValidationException_DefinitionIsNotValid);

    /// <summary>Every problem with its JSON path, in the culture's language.</summary>
    public override IReadOnlyDictionary<string, object?> Details(string? culture) =>
        new Dictionary<string, object?> { ["errors"] = Errors.Select(e => new { path = e.Path, message = e.MessageFor(culture) }).ToList() };

    private static LocalizedText Summary(IReadOnlyList<ValidationError> errors)
    {
        string Listed(string? culture) =>
            string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.MessageFor(culture)}")) + (errors.Count > 5 ? "; …" : "");
        return Texts.Text(Texts.DefinitionValidationException_ProblemS, errors.Count, Listed("zh-CN"), Listed("en"));
    }
}
