using Approvals.UseCases.Mail;
using Approvals.Workflows.Contracts;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// The templates embedded in this assembly: a SendEmail naming any other is refused when it is saved, and the designer
/// offers these names with their subjects.
/// </summary>
public sealed class ShippedMailTemplates : IMailTemplateCatalog, IMailTemplates
{
    public IReadOnlyList<string> Names => MailTemplates.Names;

    public string SubjectTemplate(string name, string? culture) => MailTemplates.SubjectTemplate(name, culture);
}
