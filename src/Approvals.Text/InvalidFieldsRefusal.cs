namespace Approvals.Text;

/// <summary>
/// An invalid request whose problems are all about single fields: every field is listed with its messages, and the
/// detail names them (the shape of a validation ProblemDetails).
/// </summary>
public class InvalidFieldsRefusal(IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>> fieldErrors)
    : InvalidRefusal(Summary(fieldErrors.Keys), fieldErrors)
{
    /// <summary>The heading of every refusal that lists invalid fields.</summary>
    public static LocalizedText FieldsTitle { get; } = Texts.Text(Texts.InvalidFieldsRefusal_OneOrMoreFieldsAreNot);

    /// <summary>One field with one problem.</summary>
    public InvalidFieldsRefusal(string field, LocalizedText message)
        : this(new Dictionary<string, IReadOnlyList<LocalizedText>> { [field] = [message] })
    {
    }

    public override LocalizedText Title => FieldsTitle;

    private static LocalizedText Summary(IEnumerable<string> fieldNames)
    {
        var names = fieldNames.ToList();
        var fields = string.Join(", ", names);
        return Texts.Text(Texts.InvalidFieldsRefusal_FieldSAreNotValid, names.Count, fields);
    }
}
