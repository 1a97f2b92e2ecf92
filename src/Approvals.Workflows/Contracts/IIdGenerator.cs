namespace Approvals.Workflows.Contracts;

/// <summary>Makes ids for instances, bookmarks and incidents; tests replace it to get stable ids.</summary>
public interface IIdGenerator
{
    string NewId();
}
