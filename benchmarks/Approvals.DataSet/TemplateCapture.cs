using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.DataSet;

/// <summary>
/// Files the real cases of <see cref="TemplateCatalog"/> through HTTP on the data set's own host, as applicants,
/// reviewers and verifiers of the three districts do. The rows each case added are the template its clones are made
/// from, so every bulk row has exactly the shape the engine writes.
/// </summary>
public static class TemplateCapture
{
    public static readonly LoadAccount Reviewer = LoadAccount.Reviewer(1);
    public static readonly LoadAccount Regulator = new("dataset-regulator@load.local", Core.Access.ApprovalsRoles.Regulator, LoadHost.Qingpu);
    public static readonly LoadAccount Applicant = LoadAccount.Applicant(1);

    /// <summary>Two reviewers per district (level 1 needs four eyes); the first Qingpu one is <see cref="Reviewer"/>.</summary>
    public static LoadAccount DistrictReviewer(string district, int number) =>
        district == LoadHost.Qingpu && number == 1 ? Reviewer : new($"dataset-reviewer-{district}-{number}@load.local", Core.Access.ApprovalsRoles.Reviewer, district);

    public static async Task<IReadOnlyList<(TemplateCase Case, CaseTemplate Rows)>> CaptureAsync(LoadHost host, CancellationToken cancellationToken)
    {
        await host.CreateAccountsAsync([Regulator, Applicant, .. TemplateCatalog.Districts.SelectMany(d => new[] { DistrictReviewer(d, 1), DistrictReviewer(d, 2) })]);
        await using var filing = await TemplateFiling.SignInAsync(host, cancellationToken);
        List<(TemplateCase, CaseTemplate)> captured = [];
        var before = await RowsAsync(host, cancellationToken);
        foreach (var template in TemplateCatalog.Cases)
        {
            await template.File(filing, cancellationToken);
            var after = await RowsAsync(host, cancellationToken);
            captured.Add((template, CaseTemplate.Between(before, after)));
            before = after;
        }
        // A case for a person the registry already holds refers to that person's row: its clones get their own.
        return [.. captured.Select(c => (c.Item1, c.Item2.Borrowing("Persons", before)))];
    }

    public static SignedInClient Client(LoadHost host, LoadAccount account) =>
        new(new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) }, account, new Latencies());

    public static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Dictionary<string, Dictionary<object, object?[]>>> RowsAsync(LoadHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var rows = new Dictionary<string, Dictionary<object, object?[]>>();
        foreach (var shape in DataSetModel.Tables(db))
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(shape.ClrType).Invoke(db, null)!;
            var entities = await query.ToListAsync(cancellationToken);
            rows[shape.Table] = entities.Select(e => shape.Read(db.Entry(e))).ToDictionary(shape.Key);
        }
        return rows;
    }
}
