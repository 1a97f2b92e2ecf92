using Approvals.Workflows.Contracts;

namespace Approvals.Workflows.Registry;

/// <summary>
/// The closed set of activity types a definition may name. Types are registered at start-up by the engine,
/// the domain and the host; a definition never names a CLR type.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivity> _activities = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        foreach (var activity in activities)
            Register(activity);
    }

    public IEnumerable<ActivityDescriptor> Descriptors =>
        _activities.Values.Select(a => a.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal);

    public IActivity? Find(string type) => _activities.GetValueOrDefault(type);

    private void Register(IActivity activity)
    {
        if (!_activities.TryAdd(activity.Descriptor.Type, activity))
            throw new InvalidOperationException($"Activity type '{activity.Descriptor.Type}' is registered twice.");
    }
}
