using System.Net.Mail;

namespace Approvals.Core.Checks;

/// <summary>An e-mail address as the platform stores one: a single plain address, at most 256 characters.</summary>
public static class EmailAddress
{
    public const int MaxLength = 256;

    /// <summary>Whether <paramref name="text"/>, trimmed, is one address and nothing else (no display name, no list).</summary>
    public static bool IsValid(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length is > 0 and <= MaxLength && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed;
    }
}
