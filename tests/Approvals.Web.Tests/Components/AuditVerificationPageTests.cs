using Approvals.Core.Registry;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Features.Admin.Pages;
using Approvals.Web.Features.Registry.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Components;

/// <summary>An administrator verifies the chains on the page and reads, in the UI's language, which entry is gone.</summary>
public sealed class AuditVerificationPageTests(AuditVerificationPageTests.ReadDeleted deleted) : IClassFixture<AuditVerificationPageTests.ReadDeleted>
{
    private static readonly TestAccount Administrator = new("audit.page.admin@test.local", null, ApprovalsRoles.Administrator);

    /// <summary>Two registry reads were logged; the first was then deleted in the database.</summary>
    public sealed class ReadDeleted : ApiFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            foreach (var number in new[] { "PAGE-1", "PAGE-2" })
            {
                db.RegistryReadLog.Add(new RegistryReadLog { Purpose = "PublicCheck", RecordNumber = number, ReadAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "RegistryReadLog" WHERE "RecordNumber" = 'PAGE-1'""");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("zh-CN", "记录缺失", "完整", "注册库查阅", "注册库写入")]
    [InlineData("en", "Entry missing", "Intact", "Registry reads", "Registry writes")]
    public async Task Verifying_all_shows_the_registry_reads_broken_where_the_deleted_read_was(string culture, string missing, string intact, string readsChain, string writesChain)
    {
        await using var page = new PageRenderer(deleted, culture, Administrator);
        var audit = page.Render<AuditVerification>();

        audit.Find("button[data-testid=audit-verify]").Click();

        audit.WaitForAssertion(() => Assert.NotEmpty(audit.FindAll("[data-testid=audit-results] tbody tr")));
        var rows = audit.FindAll("[data-testid=audit-results] tbody tr");
        var reads = rows.Single(r => r.TextContent.Contains(readsChain, StringComparison.Ordinal));
        Assert.Contains(missing, reads.TextContent, StringComparison.Ordinal);
        Assert.Contains("registry-read", reads.QuerySelector("[data-testid=audit-mismatch]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(intact, rows.Single(r => r.TextContent.Contains(writesChain, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }
}
