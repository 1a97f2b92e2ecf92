using MimeKit;

namespace Approvals.Web.Tests.Support;

/// <summary>The mails the test host delivered (its SMTP pickup folder), to one address, in the order they were sent.</summary>
public static class DeliveredMail
{
    public static async Task<List<MimeMessage>> ToAsync(ApiFactory factory, string address)
    {
        List<MimeMessage> messages = [];
        foreach (var file in Directory.GetFiles(Path.Combine(factory.Folder, "mail"), "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address))
                messages.Add(message);
        }
        return messages;
    }
}
