using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// The left part of the Message-ID of an outbox row's mail: <c>outbox-{id}-{hash}</c>, the same on every attempt, so a
/// mail sent again after a crash is recognisable as the same mail. The hash of the row's id and creation instant keeps a
/// new database (ids from 1 again) from reusing the Message-IDs of an old one.
/// </summary>
public static class OutboxMessageIds
{
    public static string LocalPart(OutboxMessage message)
    {
        var seed = string.Create(CultureInfo.InvariantCulture, $"{message.Id}|{message.CreatedAt.UtcTicks}|{message.Kind}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 6));
        return string.Create(CultureInfo.InvariantCulture, $"outbox-{message.Id}-{hash}");
    }
}
