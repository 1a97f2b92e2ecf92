namespace Approvals.Web.Features.Designer.Model;

/// <summary>The rule every named row shares: a name is given, used once, and not one the activity keeps for itself.</summary>
internal static class RowNames
{
    public static IEnumerable<EditorProblem> Problems(IReadOnlyList<string> names, IReadOnlyCollection<string> reserved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < names.Count; row++)
        {
            var name = names[row].Trim();
            if (name.Length == 0)
                yield return new EditorProblem(row, "name", EditorProblemKind.Missing);
            else if (reserved.Contains(name))
                yield return new EditorProblem(row, "name", EditorProblemKind.Reserved);
            else if (!seen.Add(name))
                yield return new EditorProblem(row, "name", EditorProblemKind.Duplicate);
        }
    }
}
