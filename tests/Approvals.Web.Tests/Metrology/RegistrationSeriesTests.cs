using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Approvals.Web.Tests.Metrology.EndToEnd;
using Approvals.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// The next registry number of a series (read by the issuing step's commit) is one past the highest own number of it, in the registrations and the
/// recognitions alike, read from the top of the series down: imported numbers that begin alike but are not ours (more
/// than a page of them, sorting above every own number) are passed over, and a series nobody used starts at 1.
/// </summary>
public abstract class RegistrationSeriesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : MetrologyApiFactory
{
    private const string Series = "CSJ-R2-310118-2031-";

    [SkippableFact]
    public async Task The_next_number_follows_the_highest_own_number_of_the_series_past_imported_numbers_that_begin_alike()
    {
        factory.EnsureAvailable();
        await factory.DatabaseAsync(async db =>
        {
            db.Persons.Add(new Person { Id = "series-p", Name = "序列测试人", IdNumber = "SERIES-ID-1" });
            db.Enterprises.Add(new Enterprise { Id = "series-e", Name = "序列测试企业", CreditCode = "SERIES-CC-1", DistrictCode = "310118" });
            db.Registrations.Add(Registration("series-r3", Series + "000003"));
            db.Registrations.Add(Registration("series-r7", Series + "000007"));
            for (var i = 0; i < 40; i++)
                db.Registrations.Add(Registration($"series-imported-{i}", $"{Series}999999-外省{i:D2}"));
            db.Recognitions.Add(new Recognition
            {
                Id = "series-g11", Number = Series + "000011", Kind = RegistryRecordKind.Registration, Level = MetrologistLevel.Level2,
                PersonId = "series-p", RecognisedNumber = "REG-ELSEWHERE", OriginDistrictCode = "320509", DistrictCode = "310118",
                ValidFrom = new DateOnly(2031, 1, 2), ValidTo = new DateOnly(2036, 1, 1), Status = RegistrationStatus.Active, IssuedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();

        Assert.Equal(12, await RegistryNumberStandIns.NextSequenceAsync(command, Series, CancellationToken.None));
        Assert.Equal(1, await RegistryNumberStandIns.NextSequenceAsync(command, "CSJ-R2-310118-2032-", CancellationToken.None));
    }

    private static Registration Registration(string id, string number) => new()
    {
        Id = id, Number = number, Level = MetrologistLevel.Level2, PersonId = "series-p", EnterpriseId = "series-e", DistrictCode = "310118",
        ValidFrom = new DateOnly(2031, 1, 1), ValidTo = new DateOnly(2036, 1, 1), Status = RegistrationStatus.Active, IssuedAt = DateTimeOffset.UtcNow,
    };
}

public sealed class SqliteRegistrationSeriesTests(SqliteMatrixFactory factory) : RegistrationSeriesTests<SqliteMatrixFactory>(factory);

public sealed class PostgreSqlRegistrationSeriesTests(PostgreSqlMatrixFactory factory) : RegistrationSeriesTests<PostgreSqlMatrixFactory>(factory);
