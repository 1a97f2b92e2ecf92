namespace Approvals.Web.Tests.Service;

/// <summary>
/// Waits for a state another process reaches (its database), which sends no signal this process can hear: checks the
/// condition again every tenth of a second until it holds, and fails at the limit.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan limit, Func<string> describe)
    {
        using var deadline = new CancellationTokenSource(limit);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
                throw new TimeoutException($"Not within {limit}: {describe()}");
            await tick.WaitForNextTickAsync();
        }
    }
}
