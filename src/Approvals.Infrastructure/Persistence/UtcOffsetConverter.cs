using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> at offset zero. PostgreSQL's timestamptz keeps the instant, not the
/// offset, and Npgsql refuses any other offset; the runtime computes due dates in Asia/Shanghai (+08:00).
/// </summary>
public sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored);
