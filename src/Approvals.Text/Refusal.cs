namespace Approvals.Text;

/// <summary>
/// A request that is refused, with why in both languages; nothing was changed. Exactly four kinds derive from it
/// (<see cref="NotFoundRefusal"/>, <see cref="ConflictRefusal"/>, <see cref="ForbiddenRefusal"/>,
/// <see cref="InvalidRefusal"/>): the API answers each with its status, a page shows the text.
/// <see cref="Exception.Message"/> stays English for logs.
/// </summary>
public abstract class Refusal : Exception
{
    private protected Refusal(LocalizedText text, IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>>? fieldErrors, Exception? inner)
        : base(text.En, inner)
    {
        Text = text;
        FieldErrors = fieldErrors ?? new Dictionary<string, IReadOnlyList<LocalizedText>>();
    }

    /// <summary>Why the request was refused.</summary>
    public LocalizedText Text { get; }

    /// <summary>The problems of single fields, by field name; empty when the refusal is about the request as a whole.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>> FieldErrors { get; }

    /// <summary>A heading for the refusal; each kind has one, a named refusal may say more.</summary>
    public abstract LocalizedText Title { get; }

    /// <summary>More members of the answer, in a culture's language, e.g. the findings of a refused upload.</summary>
    public virtual IReadOnlyDictionary<string, object?> Details(string? culture) => NoDetails;

    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>();
}
