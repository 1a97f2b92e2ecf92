namespace Approvals.UseCases.Records;

/// <summary>A worklist filter a reviewer saved under a name; only its owner sees it.</summary>
public sealed class SavedWorklistView
{
    public required string Id { get; set; }
    public required string UserName { get; set; }
    public required string Name { get; set; }

    /// <summary>The filter as <see cref="Tasks.WorklistQueryText"/> writes it (no page).</summary>
    public required string Query { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
