using Approvals.Benchmarks;

// Instances per second of Start → 2 waited tasks/events → Decision → End for WorkflowCore in memory and for our
// engine in memory, persisted on SQLite and on PostgreSQL (every step committed), all in this one process run.
await BenchmarkRun.RunAsync(args, Console.Out);
