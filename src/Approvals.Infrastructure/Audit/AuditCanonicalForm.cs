using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Approvals.Core.Registry;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Audit;

/// <summary>
/// The one definition of what an audit entry's hash covers, and how it is written before hashing.
/// <para>
/// hash = lower-case hex of SHA-256 over the UTF-8 bytes of
/// <c>"approvals-audit/1\n" kind "\n" sequence "\n" previous "\n"</c> followed, for each content field in the
/// order listed below, by <c>name "=" length ":" value "\n"</c> (length: the value's UTF-8 byte count) or
/// <c>name "=-\n"</c> when the value is null. The length prefix makes every field boundary unambiguous, whatever
/// a comment or message contains.
/// </para>
/// <para>
/// Values: text as stored; times in UTC as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, cut to whole microseconds (what
/// PostgreSQL keeps); dates <c>yyyy-MM-dd</c>; enums by name; numbers invariant; booleans <c>true</c>/<c>false</c>;
/// lists joined by <c>"\n"</c>. The database key is not covered (it is given at insert); the place is the sequence.
/// </para>
/// <list type="bullet">
/// <item>journal (instance chain): instanceId, timestamp, activityId, activityType, event, outcome, actor, message, messageZhCn</item>
/// <item>decision (instance chain): instanceId, taskId, activityId, completedBy, outcome, comment, data, completedAt</item>
/// <item>registry-write: recordKind, recordId, recordNumber, contentHash, writtenAt</item>
/// <item>registration (its contentHash; sequence 0, previous empty): id, number, level, personId, enterpriseId, projects, districtCode, validFrom, validTo, status, applicationId, issuedAt</item>
/// <item>recognition (its contentHash; sequence 0, previous empty): id, number, kind, level, personId, enterpriseId, recognisedNumber, originDistrictCode, districtCode, validFrom, validTo, status, applicationId, issuedAt</item>
/// <item>project certificate (its contentHash; sequence 0, previous empty): id, kind, number, personId, projects, issuingDistrictCode, issuer, validFrom, validTo, status, recordedAt</item>
/// <item>registry-read: readerUserId, readerDistrictCode, purpose, recordNumber, found, readAt</item>
/// </list>
/// </summary>
public static class AuditCanonicalForm
{
    public static string Journal(JournalRecord j, long sequence, string previous) =>
        new Writer("journal", sequence, previous)
            .Add("instanceId", j.InstanceId).Add("timestamp", j.Timestamp).Add("activityId", j.ActivityId)
            .Add("activityType", j.ActivityType).Add("event", j.Event.ToString()).Add("outcome", j.Outcome)
            .Add("actor", j.Actor).Add("message", j.Message).Add("messageZhCn", j.MessageZhCn)
            .Hash();

    public static string Decision(HumanTaskRecord t, long sequence, string previous) =>
        new Writer("decision", sequence, previous)
            .Add("instanceId", t.InstanceId).Add("taskId", t.Id).Add("activityId", t.ActivityId)
            .Add("completedBy", t.CompletedBy).Add("outcome", t.Outcome).Add("comment", t.Comment)
            .Add("data", t.DataJson).Add("completedAt", t.CompletedAt)
            .Hash();

    public static string RegistryWrite(RegistryWriteRecord w, long sequence, string previous) =>
        new Writer("registry-write", sequence, previous)
            .Add("recordKind", w.RecordKind).Add("recordId", w.RecordId).Add("recordNumber", w.RecordNumber)
            .Add("contentHash", w.ContentHash).Add("writtenAt", w.WrittenAt)
            .Hash();

    public static string Content(Registration r) =>
        new Writer("registration", 0, "")
            .Add("id", r.Id).Add("number", r.Number).Add("level", r.Level.ToString()).Add("personId", r.PersonId)
            .Add("enterpriseId", r.EnterpriseId).Add("projects", string.Join('\n', r.Projects)).Add("districtCode", r.DistrictCode)
            .Add("validFrom", r.ValidFrom).Add("validTo", r.ValidTo).Add("status", r.Status.ToString())
            .Add("applicationId", r.ApplicationId).Add("issuedAt", r.IssuedAt)
            .Hash();

    public static string Content(Recognition r) =>
        new Writer("recognition", 0, "")
            .Add("id", r.Id).Add("number", r.Number).Add("kind", r.Kind.ToString()).Add("level", r.Level?.ToString())
            .Add("personId", r.PersonId).Add("enterpriseId", r.EnterpriseId).Add("recognisedNumber", r.RecognisedNumber)
            .Add("originDistrictCode", r.OriginDistrictCode).Add("districtCode", r.DistrictCode)
            .Add("validFrom", r.ValidFrom).Add("validTo", r.ValidTo).Add("status", r.Status.ToString())
            .Add("applicationId", r.ApplicationId).Add("issuedAt", r.IssuedAt)
            .Hash();

    public static string Content(ProjectCertificate c) =>
        new Writer("project-certificate", 0, "")
            .Add("id", c.Id).Add("kind", c.Kind.ToString()).Add("number", c.Number).Add("personId", c.PersonId)
            .Add("projects", string.Join('\n', c.Projects)).Add("issuingDistrictCode", c.IssuingDistrictCode).Add("issuer", c.Issuer)
            .Add("validFrom", c.ValidFrom).Add("validTo", c.ValidTo).Add("status", c.Status.ToString()).Add("recordedAt", c.RecordedAt)
            .Hash();

    /// <summary>What of a person the registry-writes chain vouches for: who they are and where their notices go.</summary>
    public static string Content(Person p) =>
        new Writer("person", 0, "")
            .Add("id", p.Id).Add("name", p.Name).Add("idNumber", p.IdNumber).Add("email", p.Email)
            .Hash();

    public static string RegistryRead(RegistryReadLog r, long sequence, string previous) =>
        new Writer("registry-read", sequence, previous)
            .Add("readerUserId", r.ReaderUserId).Add("readerDistrictCode", r.ReaderDistrictCode).Add("purpose", r.Purpose)
            .Add("recordNumber", r.RecordNumber).Add("found", r.Found ? "true" : "false").Add("readAt", r.ReadAt)
            .Hash();

    /// <summary>A time as the hash sees it: UTC, whole microseconds.</summary>
    public static string Time(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the canonical form as UTF-8 into a pooled buffer: a step hashes several entries, and none needs a string.</summary>
    private sealed class Writer
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);
        private int _length;

        public Writer(string kind, long sequence, string previous)
        {
            Append("approvals-audit/1\n").Append(kind).Append("\n").Append(sequence).Append("\n").Append(previous).Append("\n");
        }

        public Writer Add(string name, string? value)
        {
            Append(name).Append("=");
            return value is null ? Append("-\n") : Append(Encoding.UTF8.GetByteCount(value)).Append(":").Append(value).Append("\n");
        }

        public Writer Add(string name, DateTimeOffset? value) => Add(name, value is { } time ? Time(time) : null);

        public Writer Add(string name, DateOnly value) => Add(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        public string Hash()
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(_buffer.AsSpan(0, _length), hash);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            return Convert.ToHexStringLower(hash);
        }

        private Writer Append(string text)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
            return this;
        }

        private Writer Append(long number)
        {
            Ensure(20);
            number.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length)
                return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
