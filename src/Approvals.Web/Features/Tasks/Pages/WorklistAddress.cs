using Approvals.UseCases.Tasks;

namespace Approvals.Web.Features.Tasks.Pages;

/// <summary>The inbox's address for a worklist query: what back/forward, links and saved views open.</summary>
public static class WorklistAddress
{
    public const string Path = "tasks";

    public static string Of(WorklistQuery query) => WorklistQueryText.Format(query) is { Length: > 0 } text ? $"{Path}?{text}" : Path;

    /// <summary>The address of a saved view's query string.</summary>
    public static string Of(string savedQuery) => savedQuery.Length > 0 ? $"{Path}?{savedQuery}" : Path;
}
