using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.UseCases.Statistics;

/// <summary>A figure of the report that counts cases, so the cases behind it can be listed.</summary>
public enum CaseFigure
{
    Received,
    Accepted,
    NotAccepted,
    Approved,
    Rejected,
    Withdrawn,
    OpenUpTo5Days,
    OpenFrom6To20Days,
    OpenFrom21To60Days,
    OpenOver60Days,
    Open,
    Overdue,
}

/// <summary>
/// The cases behind one figure of a table: the figure, the row's district and, where the row has them, its type and
/// level (the applications table) or status (the open cases). <see cref="WithoutLevel"/> is the row of cases that have no level.
/// </summary>
public sealed record CaseFigureFilter(
    CaseFigure Figure, string District, ApplicationType? Type = null, MetrologistLevel? Level = null, bool WithoutLevel = false, ApplicationStatus? Status = null)
{
    /// <summary>How a request names a row without a level.</summary>
    public const string NoLevel = "None";

    /// <summary>The filter as address parameters, in the order <see cref="Parse"/> reads them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters()
    {
        yield return new("figure", Figure.ToString());
        yield return new("district", District);
        if (Type is { } type)
            yield return new("type", type.ToString());
        if (WithoutLevel || Level is not null)
            yield return new("level", Level?.ToString() ?? NoLevel);
        if (Status is { } status)
            yield return new("status", status.ToString());
    }

    /// <summary>A filter from what a request named; every problem is listed.</summary>
    /// <exception cref="InvalidFieldsRefusal">the figure or district is missing, or a name is not one of the report's.</exception>
    public static CaseFigureFilter Parse(string? figure, string? district, string? type, string? level, string? status)
    {
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        var chosen = Required<CaseFigure>(figure, "figure", errors);
        if (string.IsNullOrWhiteSpace(district))
            errors["district"] = [Texts.Text(Texts.Statistics_FigureNeedsDistrict)];
        var chosenType = Optional<ApplicationType>(type, "type", errors);
        var withoutLevel = string.Equals(level, NoLevel, StringComparison.Ordinal);
        var chosenLevel = withoutLevel ? null : Optional<MetrologistLevel>(level, "level", errors);
        var chosenStatus = Optional<ApplicationStatus>(status, "status", errors);
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        return new CaseFigureFilter(chosen!.Value, district!, chosenType, chosenLevel, withoutLevel, chosenStatus);
    }

    private static T? Required<T>(string? text, string field, Dictionary<string, IReadOnlyList<LocalizedText>> errors) where T : struct, Enum =>
        string.IsNullOrEmpty(text) ? Unknown<T>(text, field, errors) : Optional<T>(text, field, errors);

    private static T? Optional<T>(string? text, string field, Dictionary<string, IReadOnlyList<LocalizedText>> errors) where T : struct, Enum =>
        string.IsNullOrEmpty(text) ? null
        : Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value
        : Unknown<T>(text, field, errors);

    private static T? Unknown<T>(string? text, string field, Dictionary<string, IReadOnlyList<LocalizedText>> errors) where T : struct, Enum
    {
        errors[field] = [Texts.Text(Texts.Statistics_UnknownName, text ?? "", string.Join(", ", Enum.GetNames<T>()))];
        return null;
    }
}
