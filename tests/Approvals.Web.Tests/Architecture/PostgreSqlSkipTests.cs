using System.Reflection;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// Without APPROVALS_TEST_POSTGRES the PostgreSQL factory throws xunit's skip exception; only a skippable test turns
/// that into a skip, a plain [Fact] or [Theory] reports it as a failure.
/// </summary>
public sealed class PostgreSqlSkipTests
{
    [Fact]
    public void Every_test_of_a_class_on_the_PostgreSQL_factory_skips_when_there_is_no_server()
    {
        var plain = typeof(PostgreSqlSkipTests).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(UsesPostgreSqlFactory))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(method => method.GetCustomAttribute<FactAttribute>() is { } fact && fact is not SkippableFactAttribute and not SkippableTheoryAttribute)
                .Select(method => $"{type.Name}.{method.Name}"))
            .ToList();

        Assert.Empty(plain);
    }

    private static bool UsesPostgreSqlFactory(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IClassFixture<>)
        && typeof(PostgreSqlMetrologyApiFactory).IsAssignableFrom(contract.GetGenericArguments()[0]);
}
