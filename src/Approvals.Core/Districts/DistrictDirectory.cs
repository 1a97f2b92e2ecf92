using System.Reflection;
using System.Text.Json;
using Approvals.Core.Issuers;

namespace Approvals.Core.Districts;

/// <summary>
/// The districts of the zone and their oversight body, as published in <c>reference/districts.json</c>
/// (embedded into this assembly, never retyped), with the certificate issuers of <c>reference/issuers.json</c>.
/// </summary>
public sealed class DistrictDirectory
{
    private const string ResourceName = "districts.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, District> _byCode;
    private readonly Dictionary<string, District> _byKey;

    public DistrictDirectory(IEnumerable<District> districts, OversightBody oversight, IssuerDirectory? issuers = null)
    {
        Issuers = issuers ?? new IssuerDirectory([]);
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(oversight);
        Districts = [.. districts];
        _byCode = Districts.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _byKey = Districts.ToDictionary(d => d.Key, StringComparer.OrdinalIgnoreCase);
        Oversight = oversight;
    }

    /// <summary>The districts in the order of the reference file.</summary>
    public IReadOnlyList<District> Districts { get; }

    public OversightBody Oversight { get; }

    /// <summary>The authorities that issued certificates, district to national.</summary>
    public IssuerDirectory Issuers { get; }

    /// <summary>Loads the reference data embedded in this assembly.</summary>
    public static DistrictDirectory LoadEmbedded()
    {
        using var stream = typeof(DistrictDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(DistrictDirectory).Assembly.GetName().Name}.");
        return Load(stream, IssuerDirectory.LoadEmbedded());
    }

    /// <summary>Reads a document shaped like <c>reference/districts.json</c>.</summary>
    /// <exception cref="InvalidDataException">The document lacks a field or repeats a district.</exception>
    public static DistrictDirectory Load(Stream json, IssuerDirectory? issuers = null)
    {
        var document = JsonSerializer.Deserialize<DistrictsDocument>(json, JsonOptions)
            ?? throw new InvalidDataException("The districts document is empty.");
        if (document.Districts is not { Count: > 0 } districts)
            throw new InvalidDataException("The districts document lists no district.");
        if (document.Oversight is null || IsBlank(document.Oversight.Key, document.Oversight.Name, document.Oversight.NameEn))
            throw new InvalidDataException("The districts document lacks its oversight body.");
        foreach (var d in districts)
        {
            if (IsBlank(d.Code, d.Key, d.Name, d.NameEn, d.City, d.Province, d.ProvinceCode, d.Bureau, d.ProvincialBureau))
                throw new InvalidDataException($"District '{d.Code ?? d.Key}' lacks a field.");
            if (d.Code.Length != 6 || !d.Code.All(char.IsAsciiDigit))
                throw new InvalidDataException($"District code '{d.Code}' is not six digits.");
        }

        var duplicate = districts.GroupBy(d => d.Code).FirstOrDefault(g => g.Count() > 1)
            ?? districts.GroupBy(d => d.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"District '{duplicate.Key}' is listed more than once.");

        return new DistrictDirectory(districts, document.Oversight, issuers);
    }

    public District? FindByCode(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var district) ? district : null;

    public District? FindByKey(string? key) =>
        key is not null && _byKey.TryGetValue(key, out var district) ? district : null;

    /// <summary>Whether an administrative division code is one of the zone's districts.</summary>
    public bool IsInZone(string? code) => FindByCode(code) is not null;

    private static bool IsBlank(params string?[] values) => values.Any(string.IsNullOrWhiteSpace);

    private sealed record DistrictsDocument(List<District>? Districts, OversightBody? Oversight);
}
