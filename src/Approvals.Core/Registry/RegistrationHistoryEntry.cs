using System.Globalization;
using Approvals.Core.Workflow;

namespace Approvals.Core.Registry;

/// <summary>
/// One entry of a registration's history, the one record of everything that changed it: issue, renewal, import,
/// change of employer, district or projects, cancellation and revocation — what, from what to what, why, the day it
/// took effect in the zone, when it was recorded, and the case (or the import) that did it.
/// </summary>
public sealed class RegistrationHistoryEntry
{
    public const int ValueMaxLength = 2000;

    public long Id { get; set; }
    public required string RegistrationId { get; set; }
    public required string RegistrationNumber { get; set; }
    public RegistrationEvent Kind { get; set; }

    /// <summary>The value before, as people read it (an employer as its name and credit code, projects joined by 、, a validity as its two days).</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>Why, for a cancellation or revocation.</summary>
    public string? Reason { get; set; }

    /// <summary>The day it took effect, in the zone's time (an imported record: the day it was first valid).</summary>
    public DateOnly EffectiveOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The case (application id) whose decision made it; null for an import.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The registry import that carried the record over; null for a case.</summary>
    public long? ImportId { get; set; }

    /// <summary>The user who recorded it when no case did (the administrator of an import); a case names its deciders itself.</summary>
    public string? RecordedBy { get; set; }

    /// <summary>An entry for <paramref name="registration"/> made by a case's decision at <paramref name="at"/>, effective that day.</summary>
    public static RegistrationHistoryEntry ByCase(Registration registration, RegistrationEvent kind, string applicationId, DateTimeOffset at, string? from = null, string? to = null, string? reason = null) => new()
    {
        RegistrationId = registration.Id,
        RegistrationNumber = registration.Number,
        Kind = kind,
        From = Clip(from),
        To = Clip(to),
        Reason = Clip(reason),
        EffectiveOn = ZoneTime.Today(at),
        RecordedAt = at,
        ApplicationId = applicationId,
    };

    /// <summary>A validity as people read it: "2026-01-05 – 2031-01-04".</summary>
    public static string Validity(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}");

    private static string? Clip(string? value) => value is { Length: > ValueMaxLength } ? value[..ValueMaxLength] : value;
}
