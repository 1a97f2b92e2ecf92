using System.Collections.Concurrent;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Registry numbers are the highest committed number plus one, so steps that issue numbers of the same series at once
/// all compute the same one: the unique index refuses all but one, and each loser re-runs its whole step — with 50
/// reviewers deciding at once, often more than the runtime's attempts allow (a 500). In this process such steps take
/// turns instead: a step attempt drawing from a series holds the series' turn until the attempt has committed or
/// failed, so the next one reads the number just committed. Numbers stay gapless (nothing is reserved ahead); other
/// nodes still meet at the unique index and retry. A turn not granted within <see cref="MaxWait"/> is not waited for
/// (the unique index still decides), so a stuck step never stops the series.
/// </summary>
public sealed class SequenceTurns
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly AsyncLocal<Attempt?> Current = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _series = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts a step attempt: series it draws from are held until the returned value is disposed. An attempt inside
    /// another (a step run by a step) shares the outer one's turns, so it can never wait for its own caller.
    /// </summary>
    public static IDisposable BeginAttempt()
    {
        if (Current.Value is not null)
            return NoAttempt.Instance;
        var attempt = new Attempt();
        Current.Value = attempt;
        return attempt;
    }

    /// <summary>Waits for the series' turn when called inside a step attempt; outside one (a plain read), returns at once.</summary>
    public async Task TakeAsync(string series, CancellationToken cancellationToken)
    {
        if (Current.Value is not { } attempt || attempt.Holds(series))
            return;
        var gate = _series.GetOrAdd(series, static _ => new SemaphoreSlim(1, 1));
        if (await gate.WaitAsync(MaxWait, cancellationToken))
            attempt.Hold(series, gate);
    }

    private sealed class Attempt : IDisposable
    {
        private readonly Dictionary<string, SemaphoreSlim> _held = new(StringComparer.Ordinal);

        public bool Holds(string series)
        {
            lock (_held)
                return _held.ContainsKey(series);
        }

        public void Hold(string series, SemaphoreSlim gate)
        {
            lock (_held)
                _held.Add(series, gate);
        }

        public void Dispose()
        {
            Current.Value = null;
            lock (_held)
            {
                foreach (var gate in _held.Values)
                    gate.Release();
                _held.Clear();
            }
        }
    }

    private sealed class NoAttempt : IDisposable
    {
        public static readonly NoAttempt Instance = new();

        public void Dispose()
        {
        }
    }
}
