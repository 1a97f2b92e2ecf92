using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.Infrastructure.Persistence;

public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
