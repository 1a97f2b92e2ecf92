using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>One logger factory for the whole test run: silent, or the console with APPROVALS_TEST_LOGS=1.</summary>
public static class TestLogging
{
    public static ILoggerFactory Factory { get; } = Environment.GetEnvironmentVariable("APPROVALS_TEST_LOGS") == "1"
        ? LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Information))
        : NullLoggerFactory.Instance;
}
