using System.Text;

namespace Approvals.DataSet;

/// <summary>
/// A template's text cut once at every token it holds (ids, numbers), so a clone's text is the pieces joined with the
/// clone's values: no search of the text per clone, which is where the builder spent most of its time.
/// </summary>
public sealed class TokenizedText
{
    private readonly string[] _literals;
    private readonly int[] _tokens;
    private readonly int _literalLength;

    private TokenizedText(string[] literals, int[] tokens)
    {
        _literals = literals;
        _tokens = tokens;
        _literalLength = literals.Sum(l => l.Length);
    }

    /// <summary>The text cut at each leftmost, longest occurrence of a token; null when it holds none.</summary>
    public static TokenizedText? Of(string text, IReadOnlyList<string> tokens)
    {
        List<string> literals = [];
        List<int> found = [];
        var start = 0;
        while (start < text.Length)
        {
            var (at, token) = (-1, -1);
            for (var t = 0; t < tokens.Count; t++)
            {
                var i = text.IndexOf(tokens[t], start, StringComparison.Ordinal);
                if (i >= 0 && (at < 0 || i < at || (i == at && tokens[t].Length > tokens[token].Length)))
                    (at, token) = (i, t);
            }
            if (at < 0)
                break;
            literals.Add(text[start..at]);
            found.Add(token);
            start = at + tokens[token].Length;
        }
        if (found.Count == 0)
            return null;
        literals.Add(text[start..]);
        return new TokenizedText([.. literals], [.. found]);
    }

    public string With(string[] values)
    {
        var length = _literalLength;
        foreach (var t in _tokens)
            length += values[t].Length;
        var text = new StringBuilder(length);
        for (var i = 0; i < _tokens.Length; i++)
            text.Append(_literals[i]).Append(values[_tokens[i]]);
        return text.Append(_literals[^1]).ToString();
    }
}
