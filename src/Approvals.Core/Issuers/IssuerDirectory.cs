using System.Text.Json;

namespace Approvals.Core.Issuers;

/// <summary>
/// The certificate issuers of <c>reference/issuers.json</c> (embedded into this assembly, never retyped), found by
/// their code.
/// </summary>
public sealed class IssuerDirectory
{
    private const string ResourceName = "issuers.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Issuer> _byId;

    public IssuerDirectory(IEnumerable<Issuer> issuers)
    {
        ArgumentNullException.ThrowIfNull(issuers);
        Issuers = [.. issuers];
        // OrderBy is stable: within a level, current bureaus before former ones, then the file's order.
        InPickingOrder = [.. Issuers.OrderBy(LevelRank).ThenBy(i => i.Kind == "current" ? 0 : 1)];
        _byId = Issuers.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The issuers in the order of the reference file.</summary>
    public IReadOnlyList<Issuer> Issuers { get; }

    /// <summary>
    /// The levels as an applicant looks for an issuer: the zone's district bureaus first (most certificates are theirs),
    /// then city, provincial and national authorities.
    /// </summary>
    public static IReadOnlyList<string> LevelsInPickingOrder => Levels;

    /// <summary>The issuers in <see cref="LevelsInPickingOrder"/>, a level's current bureaus before its former ones.</summary>
    public IReadOnlyList<Issuer> InPickingOrder { get; }

    /// <summary>Loads the reference data embedded in this assembly.</summary>
    public static IssuerDirectory LoadEmbedded()
    {
        using var stream = typeof(IssuerDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(IssuerDirectory).Assembly.GetName().Name}.");
        return Load(stream);
    }

    /// <summary>Reads a document shaped like <c>reference/issuers.json</c>.</summary>
    /// <exception cref="InvalidDataException">The document lacks a field or repeats an issuer.</exception>
    public static IssuerDirectory Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<IssuersDocument>(json, JsonOptions)
            ?? throw new InvalidDataException("The issuers document is empty.");
        if (document.Issuers is not { Count: > 0 } issuers)
            throw new InvalidDataException("The issuers document lists no issuer.");
        foreach (var issuer in issuers)
        {
            if (new[] { issuer.Id, issuer.Level, issuer.Kind, issuer.Zh, issuer.En }.Any(string.IsNullOrWhiteSpace))
                throw new InvalidDataException($"Issuer '{issuer.Id}' lacks a field.");
            if (issuer.Division is { } division && (division.Length != 6 || !division.All(char.IsAsciiDigit)))
                throw new InvalidDataException($"Issuer '{issuer.Id}' has a division code '{division}' that is not six digits.");
        }
        if (issuers.GroupBy(i => i.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new InvalidDataException($"Issuer '{duplicate.Key}' is listed more than once.");
        return new IssuerDirectory(issuers);
    }

    public Issuer? Find(string? id) => id is not null && _byId.TryGetValue(id.Trim(), out var issuer) ? issuer : null;

    /// <summary>The division code a claim of this issuer is recorded under: its division, or none for a national one.</summary>
    public static string DivisionOf(Issuer issuer) => issuer.Division ?? "";

    private static readonly string[] Levels = ["district", "municipal", "provincial", "national"];

    private static int LevelRank(Issuer issuer) =>
        Array.IndexOf(Levels, issuer.Level) is var rank and >= 0 ? rank : Levels.Length;

    private sealed record IssuersDocument(List<Issuer>? Issuers);
}
