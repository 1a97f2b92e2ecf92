using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Approvals.Web.Tests.Support;

/// <summary>Fills in the server-rendered account pages (register, forgot password) as a browser posts them, and reads the mail they send.</summary>
public static partial class AccountForms
{
    /// <summary>
    /// Loads <paramref name="path"/> for its anti-forgery token, then posts the form named <paramref name="formName"/>
    /// (to another node of the deployment when <paramref name="postTo"/> is given).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields, HttpClient? postTo = null)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
            throw new InvalidOperationException($"{path} has no anti-forgery token.");
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return await (postTo ?? client).PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The mail delivered to <paramref name="address"/> through the pickup folder of the host in <paramref name="folder"/>.</summary>
    public static async Task<List<MimeMessage>> MailTo(string folder, string address)
    {
        var messages = new List<MimeMessage>();
        var pickup = Path.Combine(folder, "mail");
        if (!Directory.Exists(pickup))
            return messages;
        foreach (var file in Directory.GetFiles(pickup, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address))
                messages.Add(message);
        }
        return messages;
    }

    /// <summary>Every absolute link in a message, HTML and text.</summary>
    public static IReadOnlyList<string> Links(MimeMessage message) =>
        AbsoluteUrl().Matches((message.HtmlBody ?? "") + "\n" + (message.TextBody ?? "")).Select(m => WebUtility.HtmlDecode(m.Value)).ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("https?://[^\\s\"'<>]+")]
    private static partial Regex AbsoluteUrl();
}
