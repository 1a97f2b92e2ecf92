using Approvals.Core.Registry;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Audit;

/// <summary>
/// The audit chains, on each database provider: what the platform wrote verifies; a row changed or deleted
/// behind its back (raw SQL, as someone with database access would) is named by the verification.
/// </summary>
public abstract class AuditChainTests
{
    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private async Task<(DatabaseTarget, RuntimeHost)> StartAsync()
    {
        var target = await CreateTargetAsync();
        return (target, await RuntimeHost.StartAsync(target));
    }

    [SkippableFact]
    public async Task An_untouched_instance_chain_of_journal_lines_and_decisions_verifies()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var instanceId = await DecidedInstanceAsync(host);

        var report = await VerifyAsync(host, v => v.VerifyInstanceAsync(instanceId, default));

        Assert.True(report.Intact, $"{report.FirstMismatch}");
        var lines = await host.DatabaseAsync(db => db.Journal.CountAsync(j => j.InstanceId == instanceId));
        Assert.Equal(lines + 2, report.Verified);
        Assert.Equal(0, report.Unchained);
    }

    [SkippableFact]
    public async Task A_journal_line_edited_in_the_database_fails_verification_naming_that_line()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var instanceId = await DecidedInstanceAsync(host);
        var line = await host.DatabaseAsync(db => db.Journal.Where(j => j.InstanceId == instanceId && j.Event == JournalEvent.Resumed).OrderBy(j => j.ChainSequence).FirstAsync());

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "Journal" SET "Actor" = 'someone-else' WHERE "Id" = {line.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyInstanceAsync(instanceId, default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal((AuditProblem.ContentChanged, "journal", line.Id.ToString(), (long)line.ChainSequence!.Value), (mismatch.Problem, mismatch.EntryKind, mismatch.EntryId, mismatch.Sequence));
        Assert.Equal(line.Timestamp, mismatch.At!.Value, TimeSpan.FromMilliseconds(1));
    }

    [SkippableFact]
    public async Task A_decision_comment_edited_in_the_database_fails_verification_naming_that_task()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var instanceId = await DecidedInstanceAsync(host);
        var decided = await host.DatabaseAsync(db => db.HumanTasks.Where(t => t.InstanceId == instanceId).OrderBy(t => t.ChainSequence).FirstAsync());

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "HumanTasks" SET "Comment" = 'all in order' WHERE "Id" = {decided.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyInstanceAsync(instanceId, default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal((AuditProblem.ContentChanged, "decision", decided.Id), (mismatch.Problem, mismatch.EntryKind, mismatch.EntryId));
    }

    [SkippableFact]
    public async Task A_journal_line_rehashed_after_an_edit_breaks_the_link_of_the_line_after_it()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var instanceId = await DecidedInstanceAsync(host);
        var lines = await host.DatabaseAsync(db => db.Journal.Where(j => j.InstanceId == instanceId).OrderBy(j => j.ChainSequence).ToListAsync());
        var edited = lines[1];
        edited.Actor = "someone-else";
        var forged = AuditCanonicalForm.Journal(edited, edited.ChainSequence!.Value, edited.ChainPrevious!);

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "Journal" SET "Actor" = 'someone-else', "ChainHash" = {forged} WHERE "Id" = {edited.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyInstanceAsync(instanceId, default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal(AuditProblem.LinkBroken, mismatch.Problem);
        Assert.Equal(edited.ChainSequence + 1, (int)mismatch.Sequence);
    }

    [SkippableFact]
    public async Task The_last_journal_line_deleted_is_found_missing_from_the_end_of_the_chain()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var instanceId = await DecidedInstanceAsync(host);
        var last = await host.DatabaseAsync(db => db.Journal.Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.ChainSequence).FirstAsync());

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""DELETE FROM "Journal" WHERE "Id" = {last.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyInstanceAsync(instanceId, default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal((AuditProblem.Missing, (long)last.ChainSequence!.Value), (mismatch.Problem, mismatch.Sequence));
    }

    [SkippableFact]
    public async Task A_registration_whose_validity_or_number_is_edited_in_the_database_fails_verification_naming_it()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.DatabaseAsync(db => AddRegistrationAsync(db, "CSJ-R2-310118-2026-000001"));
        var second = await host.DatabaseAsync(db => AddRegistrationAsync(db, "CSJ-R2-310118-2026-000002"));
        Assert.True((await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default))).Intact);

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "Registrations" SET "ValidTo" = {new DateOnly(2040, 1, 1)} WHERE "Id" = {second.Id}"""));
        var validity = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));
        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "Registrations" SET "ValidTo" = {second.ValidTo}, "Number" = 'CSJ-R2-310118-2026-000099' WHERE "Id" = {second.Id}"""));
        var number = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));

        foreach (var report in new[] { validity, number })
        {
            var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
            Assert.Equal((AuditProblem.ContentChanged, nameof(Registration), second.Number, 2L), (mismatch.Problem, mismatch.EntryKind, mismatch.EntryId, mismatch.Sequence));
        }
    }

    [SkippableFact]
    public async Task A_project_certificate_edited_in_the_database_fails_verification_naming_it()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.DatabaseAsync(db => AddCertificateAsync(db, "JL-310118-CHAIN-1"));
        var second = await host.DatabaseAsync(db => AddCertificateAsync(db, "JL-310118-CHAIN-2"));
        var untouched = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""UPDATE "ProjectCertificates" SET "ValidTo" = {new DateOnly(2045, 1, 1)} WHERE "Id" = {second.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));

        Assert.True(untouched.Intact, $"{untouched.FirstMismatch}");
        Assert.Equal(2, untouched.Verified);
        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal((AuditProblem.ContentChanged, nameof(ProjectCertificate), second.Number, 2L), (mismatch.Problem, mismatch.EntryKind, mismatch.EntryId, mismatch.Sequence));
    }

    [SkippableFact]
    public async Task A_project_certificate_deleted_from_the_database_is_found_missing_naming_it()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var first = await host.DatabaseAsync(db => AddCertificateAsync(db, "JL-310118-CHAIN-3"));
        await host.DatabaseAsync(db => AddCertificateAsync(db, "JL-310118-CHAIN-4"));

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""DELETE FROM "ProjectCertificates" WHERE "Id" = {first.Id}"""));
        var report = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        Assert.Equal((AuditProblem.Missing, nameof(ProjectCertificate), first.Number, 1L), (mismatch.Problem, mismatch.EntryKind, mismatch.EntryId, mismatch.Sequence));
    }

    [SkippableFact]
    public async Task A_registry_read_deleted_from_the_log_is_found_missing_naming_its_place()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        foreach (var number in new[] { "A-1", "A-2", "A-3" })
            await host.DatabaseAsync(db => AddReadAsync(db, number));
        Assert.True((await VerifyAsync(host, v => v.VerifyRegistryReadsAsync(default))).Intact);

        await SqlAsync(host, db => db.Database.ExecuteSqlAsync($"""DELETE FROM "RegistryReadLog" WHERE "RecordNumber" = 'A-2'"""));
        var report = await VerifyAsync(host, v => v.VerifyRegistryReadsAsync(default));

        var mismatch = Assert.IsType<AuditMismatch>(report.FirstMismatch);
        var third = await host.DatabaseAsync(db => db.RegistryReadLog.SingleAsync(r => r.RecordNumber == "A-3"));
        Assert.Equal((AuditProblem.Missing, 2L, "registry-read", third.Id.ToString()), (mismatch.Problem, mismatch.Sequence, mismatch.EntryKind, mismatch.EntryId));
    }

    [SkippableFact]
    public async Task A_registry_writer_that_read_a_stale_end_of_the_chain_appends_after_the_winner_instead_of_forking()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await using var staleScope = host.Services.CreateAsyncScope();
        var stale = staleScope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var lengthSeen = (await stale.AuditChainHeads.FindAsync([AuditChains.RegistryWrites]))!.Length;

        await host.DatabaseAsync(db => AddRegistrationAsync(db, "CSJ-R2-310118-2026-000010"));
        await AddRegistrationAsync(stale, "CSJ-R2-310118-2026-000011");

        var report = await VerifyAsync(host, v => v.VerifyRegistryWritesAsync(default));
        Assert.Equal(0, lengthSeen);
        Assert.True(report.Intact, $"{report.FirstMismatch}");
        Assert.Equal(2, report.Verified);
        Assert.Equal([1L, 2L], await host.DatabaseAsync(db => db.RegistryWrites.OrderBy(w => w.Sequence).Select(w => w.Sequence).ToListAsync()));
    }

    [SkippableFact]
    public async Task Registry_reads_saved_at_once_by_several_writers_form_one_intact_chain()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => host.DatabaseAsync(db => AddReadAsync(db, $"C-{i}")))));

        var report = await VerifyAsync(host, v => v.VerifyRegistryReadsAsync(default));
        Assert.True(report.Intact, $"{report.FirstMismatch}");
        Assert.Equal(6, report.Verified);
    }

    private static async Task<string> DecidedInstanceAsync(RuntimeHost host)
    {
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, "applicant", default));
        foreach (var (reviewer, comment) in new[] { ("reviewer-a", "documents complete"), ("reviewer-b", "agreed") })
        {
            var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: started.Id), Caller.System, default))).Single();
            await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Comment: comment, Actor: reviewer), Caller.System, default));
        }
        return started.Id;
    }

    private static Task<AuditChainReport> VerifyAsync(RuntimeHost host, Func<IAuditChainVerifier, Task<AuditChainReport>> verify) =>
        host.InScopeAsync(sp => verify(sp.GetRequiredService<IAuditChainVerifier>()));

    private static Task<int> SqlAsync(RuntimeHost host, Func<ApprovalsDbContext, Task<int>> sql) => host.DatabaseAsync(sql);

    private static async Task<Registration> AddRegistrationAsync(ApprovalsDbContext db, string number)
    {
        var person = new Person { Id = "P-" + number, Name = "赵敏", IdNumber = number[^18..] };
        var employer = new Enterprise { Id = "E-" + number, Name = "示范区测试计量有限公司", CreditCode = number[^18..], DistrictCode = "310118" };
        var registration = new Registration
        {
            Id = "R-" + number, Number = number, Level = MetrologistLevel.Level2, PersonId = person.Id, EnterpriseId = employer.Id,
            Projects = ["长度计量"], DistrictCode = "310118", ValidFrom = new DateOnly(2026, 3, 1), ValidTo = new DateOnly(2031, 2, 28),
            Status = RegistrationStatus.Active, IssuedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567),
        };
        db.AddRange(person, employer, registration);
        await db.SaveChangesAsync();
        return registration;
    }

    private static async Task<ProjectCertificate> AddCertificateAsync(ApprovalsDbContext db, string number)
    {
        var person = new Person { Id = "P-" + number, Name = "钱程", IdNumber = number };
        var certificate = new ProjectCertificate
        {
            Id = "C-" + number, Kind = ProjectCertificateKind.ProjectAssessment, Number = number, PersonId = person.Id, Projects = ["长度计量", "热工计量"],
            IssuingDistrictCode = "310118", Issuer = "上海市青浦区市场监督管理局", ValidFrom = new DateOnly(2025, 1, 1), ValidTo = new DateOnly(2030, 12, 31),
            Status = RegistrationStatus.Active, RecordedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)),
        };
        db.AddRange(person, certificate);
        await db.SaveChangesAsync();
        return certificate;
    }

    private static async Task<int> AddReadAsync(ApprovalsDbContext db, string number)
    {
        db.RegistryReadLog.Add(new RegistryReadLog { ReaderUserId = "reviewer", ReaderDistrictCode = "310118", Purpose = "ReviewerRead", RecordNumber = number, Found = false, ReadAt = DateTimeOffset.UtcNow });
        return await db.SaveChangesAsync();
    }
}

public sealed class SqliteAuditChainTests : AuditChainTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlAuditChainTests : AuditChainTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
