using Approvals.Workflows.Contracts;

namespace Approvals.Infrastructure.Mail;

/// <summary>The templates embedded in this assembly: a SendEmail naming any other is refused when it is saved.</summary>
internal sealed class ShippedMailTemplates : IMailTemplateCatalog
{
    public IReadOnlyList<string>? Names => MailTemplates.Names;
}
