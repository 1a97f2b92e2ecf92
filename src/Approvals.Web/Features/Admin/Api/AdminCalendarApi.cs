using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.UseCases.Calendar;
using Approvals.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Admin.Api;

/// <summary>The working-day calendar per year: read with its status, replace after validation.</summary>
public static class AdminCalendarApi
{
    public static RouteGroupBuilder MapAdminCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/calendar").WithTags("Administration").RequireAuthorization(Policies.Administrator)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{year:int}", Get).WithSummary("The year's holidays and adjusted working days; a year without a file counts weekends only and says so.");
        group.MapPut("/{year:int}", Put).WithSummary("Validates and saves the year's calendar; deadlines computed from now on use it.");
        return group;
    }

    private static Ok<CalendarYearView> Get(int year, ICalendarAdministration calendar) =>
        year is < 2000 or > 2100
            ? throw new InvalidRefusal(Texts.Text(Texts.AdminCalendarApi_IsOutsideYearsCalendarMayCover, year))
            : TypedResults.Ok(calendar.Read(year));

    private static async Task<Ok<CalendarYearView>> Put(int year, CalendarYear? body, ICalendarAdministration calendar, CancellationToken ct)
    {
        if (body is null)
            throw new InvalidRefusal(Texts.Text(Texts.AdminCalendarApi_SendCalendarAsYearSourceHolidays));
        if (body.Year != year)
            throw new InvalidRefusal(Texts.Text(Texts.AdminCalendarApi_BodyIsCalendarOfButAddress, body.Year, year));
        return TypedResults.Ok(await calendar.SaveAsync(body, ct));
    }
}
