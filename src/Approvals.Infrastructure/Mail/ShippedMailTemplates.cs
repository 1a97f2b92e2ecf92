using Approvals.UseCases.Mail;
using Approvals.Workflows.Contracts;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// The templates embedded in this assembly: a SendEmail naming any other is refused when it is saved, and the designer
/// offers these names with their subjects as a mail reads them.
/// </summary>
public sealed class ShippedMailTemplates : IMailTemplateCatalog, IMailTemplates
{
    public IReadOnlyList<string> Names => MailTemplates.Names;

    public string SampleSubject(string name, string? culture) => MailTemplates.Render(name, culture, MailTemplateSample.Model(culture)).Subject;
}
