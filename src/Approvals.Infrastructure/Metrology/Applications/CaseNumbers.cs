using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Cases;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Applications;

/// <summary>
/// Gives each submitted case its number. One upsert both creates the district's counter for the year and takes
/// the next value, so two submissions at once (two requests, two nodes) never read the same value: SQLite runs
/// writes one at a time and PostgreSQL locks the counter's row for the statement. The unique index on
/// <see cref="Application.CaseNumber"/> guards the rest.
/// </summary>
public sealed class CaseNumbers(ApprovalsDbContext db, TimeProvider clock) : ICaseNumbers
{
    public async Task<CaseNumber> NextAsync(string districtCode, CancellationToken cancellationToken)
    {
        var year = ZoneTime.Today(clock.GetUtcNow()).Year;
        var taken = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CaseNumberCounters" ("DistrictCode", "Year", "Last") VALUES ({districtCode}, {year}, 1)
            ON CONFLICT ("DistrictCode", "Year") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return new CaseNumber(districtCode, year, taken.Single());
    }
}
