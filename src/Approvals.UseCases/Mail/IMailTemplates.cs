namespace Approvals.UseCases.Mail;

/// <summary>The mail templates a SendEmail activity may name, as the designer offers them.</summary>
public interface IMailTemplates
{
    IReadOnlyList<string> Names { get; }

    /// <summary>The subject as the template writes it, placeholders and all, in the culture's language.</summary>
    string SubjectTemplate(string name, string? culture);
}
