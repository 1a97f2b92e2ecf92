namespace Approvals.UseCases.Records;

/// <summary>
/// A piece of start-up work that needs to run once per database (e.g. <c>MissingDocumentBackfill</c>) and has: later
/// start-ups read this row instead of searching the whole database again.
/// </summary>
public sealed class CompletedOneOffTask
{
    public required string Name { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
