using Approvals.Text;

namespace Approvals.UseCases.Limits;

/// <summary>
/// The longest free text a person's request may bring into the database: a reason or comment on a task or a
/// verification answer, a note handing a task on, and the form data of a completion (as JSON). Longer text is
/// refused before anything runs, with a 400 naming each field that is too long.
/// </summary>
public static class TextLimits
{
    public const int CommentMaxLength = 2_000;

    public const int NoteMaxLength = 1_000;

    public const int FormDataMaxLength = 32_768;

    /// <exception cref="InvalidFieldsRefusal">one or more of <paramref name="fields"/> is longer than its limit.</exception>
    public static void Check(params (string Field, string? Value, int MaxLength)[] fields)
    {
        var tooLong = fields.Where(f => f.Value is { } value && value.Length > f.MaxLength)
            .ToDictionary(f => f.Field, f => (IReadOnlyList<LocalizedText>)[Texts.Text(Texts.TextLimits_TooLong, f.Field, f.MaxLength, f.Value!.Length)]);
        if (tooLong.Count > 0)
            throw new InvalidFieldsRefusal(tooLong);
    }
}
