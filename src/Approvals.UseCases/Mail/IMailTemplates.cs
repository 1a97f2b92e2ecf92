namespace Approvals.UseCases.Mail;

/// <summary>The mail templates a SendEmail activity may name, as the designer offers them.</summary>
public interface IMailTemplates
{
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The subject as a mail of this template reads, in the culture's language, its placeholders filled with sample
    /// values (a case number, a type, a date): what a designer recognises, not the template's <c>{{ }}</c> syntax.
    /// </summary>
    string SampleSubject(string name, string? culture);
}
