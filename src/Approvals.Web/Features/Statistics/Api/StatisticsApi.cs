using System.Globalization;
using Approvals.UseCases.Statistics;
using Approvals.Web.Authorization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Statistics.Api;

/// <summary>
/// Oversight figures for regulators (their district) and the executive committee (every district, or one it names):
/// <c>/api/statistics</c> as JSON, <c>/api/statistics/export.xlsx</c> with every table, <c>/api/statistics/{table}.csv</c>
/// one table, <c>/api/statistics/cases</c> the cases behind one figure (50 a page); files in the request's language. A
/// period or figure that is not one is a 400 listing its problems.
/// </summary>
public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(Policies.Regulator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", Report);
        group.MapGet("/cases", CasesBehind);
        group.MapGet("/export.xlsx", Workbook);
        group.MapGet("/{table}.csv", Csv);
        return group;
    }

    private static async Task<Ok<StatisticsReport>> Report([AsParameters] StatisticsRequest request, CancellationToken ct) =>
        TypedResults.Ok(await request.ReportAsync(ct));

    /// <summary>The cases a figure counts: <c>figure</c> and <c>district</c>, with the row's <c>type</c> and <c>level</c> or <c>status</c>; <c>page</c> from 1.</summary>
    private static async Task<Ok<StatisticsCasePage>> CasesBehind(
        [AsParameters] StatisticsRequest request, string? figure, string? type, string? level, string? status, int? page, CancellationToken ct)
    {
        var filter = CaseFigureFilter.Parse(figure, request.District, type, level, status);
        return TypedResults.Ok(await request.Queries.CasesAsync(request.Callers.Require(), StatisticsPeriod.Parse(request.From, request.To), filter, page ?? 1, ct));
    }

    private static async Task<FileContentHttpResult> Workbook([AsParameters] StatisticsRequest request, CancellationToken ct)
    {
        var tables = request.Tables.Of(await request.ReportAsync(ct));
        return TypedResults.File(request.Export.Workbook(tables, CultureInfo.CurrentUICulture.Name),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", request.FileName("xlsx"));
    }

    private static async Task<FileContentHttpResult> Csv(string table, [AsParameters] StatisticsRequest request, CancellationToken ct)
    {
        if (!StatisticsTables.Keys.Contains(table))
            throw StatisticsRefusals.NoTable(table);
        var report = await request.ReportAsync(ct);
        var chosen = request.Tables.Of(report).Single(t => t.Key == table);
        return TypedResults.File(request.Export.Csv(chosen, CultureInfo.CurrentUICulture.Name), "text/csv; charset=utf-8", request.FileName("csv", table));
    }
}

/// <summary>What every statistics endpoint takes: the period, the district asked for and the services.</summary>
public sealed record StatisticsRequest(
    string? From, string? To, string? District,
    ICallerContext Callers, StatisticsQueries Queries, StatisticsTables Tables, IStatisticsExport Export)
{
    public Task<StatisticsReport> ReportAsync(CancellationToken ct) =>
        Queries.ReportAsync(Callers.Require(), StatisticsPeriod.Parse(From, To), District, ct);

    public string FileName(string extension, string? table = null) =>
        $"statistics-{From}-{To}{(table is null ? "" : "-" + table)}.{extension}";
}
