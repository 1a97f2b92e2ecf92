using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// One item of the required set: a document of any of the given kinds, once per application or once per
/// registered project.
/// </summary>
/// <param name="AnyOf">The kinds that satisfy the requirement; usually one.</param>
/// <param name="PerRegisteredProject">
/// True when each registered project needs its own document, e.g. a project assessment certificate or the
/// old verifier certificate for every project the metrologist registers.
/// </param>
public sealed record DocumentRequirement(IReadOnlyList<DocumentKind> AnyOf, bool PerRegisteredProject = false)
{
    public static DocumentRequirement One(DocumentKind kind) => new([kind]);

    public static DocumentRequirement EachProjectOneOf(params DocumentKind[] kinds) => new(kinds, PerRegisteredProject: true);

    public bool IsSatisfiedBy(DocumentKind kind) => AnyOf.Contains(kind);

    /// <summary>How the requirement reads in a correction request, e.g. “计量专业项目考核合格证或计量检定员证（每个注册项目一份）”.</summary>
    public LocalizedText DisplayName()
    {
        var names = AnyOf.Select(k => k.DisplayName()).ToList();
        var or = Texts.Text(Texts.DocumentRequirement_Or);
        var zh = string.Join(or.ZhCn, names.Select(n => n.ZhCn));
        var en = string.Join(or.En, names.Select(n => n.En));
        return PerRegisteredProject
            ? Texts.Text(Texts.DocumentRequirement_OnePerRegisteredProject, zh, en)
            : new LocalizedText(zh, en);
    }
}
