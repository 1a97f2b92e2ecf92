namespace Approvals.Workflows.Contracts;

/// <summary>The mail templates the host renders: SendEmail's validation checks a template name against them.</summary>
public interface IMailTemplateCatalog
{
    /// <summary>The template names, or null when the host does not say (any name then passes validation).</summary>
    IReadOnlyList<string>? Names { get; }
}
