namespace Approvals.Benchmarks;

/// <summary>Concurrent load: <c>concurrency</c> clients, each running whole instances one after another until <c>instances</c> ran.</summary>
internal static class Clients
{
    public static Task RunAsync(int instances, int concurrency, Func<Task> runOne)
    {
        var next = 0;
        return Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, instances)).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= instances)
                await runOne();
        })));
    }
}
