using System.Text.RegularExpressions;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

/// <summary>What the journeys through a registration's life (change, cancellation, revocation) do alike.</summary>
public static class LifecycleJourneys
{
    public const string Applicant = "applicant@approvals.local";

    public static async Task<T> DatabaseAsync<T>(this BrowserAppFactory app, Func<ApprovalsDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }

    /// <summary>The number of the seeded registration held by the person with this ID number.</summary>
    public static Task<string> RegistrationNumberOfAsync(this BrowserAppFactory app, string idNumber) =>
        app.DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());

    /// <summary>
    /// Makes the seeded applicant account the holder of a seeded registration, as if an earlier case of theirs had issued
    /// it: what the bureau starts about it is then the applicant's case to follow.
    /// </summary>
    public static Task<int> GiveRegistrationToApplicantAsync(this BrowserAppFactory app, string number) => app.DatabaseAsync(async db =>
    {
        var holder = await db.Users.SingleAsync(u => u.Email == Applicant);
        var registration = await db.Registrations.Include(r => r.Person).SingleAsync(r => r.Number == number);
        var issuing = new Application
        {
            Id = $"issued-{number}", Type = ApplicationType.InitialRegistration, ApplicantUserId = holder.Id, ApplicantEmail = Applicant,
            Status = ApplicationStatus.Approved, IdNumber = registration.Person!.IdNumber, PersonName = registration.Person.Name,
            DistrictCode = registration.DistrictCode, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Applications.Add(issuing);
        registration.ApplicationId = issuing.Id;
        return await db.SaveChangesAsync();
    });

    /// <summary>The reviewer claims the district's task with this title and completes it with the outcome (and comment).</summary>
    public static async Task DecideTaskAsync(this IPage reviewer, string title, string outcome, string? comment, string screenshot)
    {
        await reviewer.ClaimAndOpenAsync(title);
        await reviewer.GetByText(outcome, new() { Exact = true }).ClickAsync();
        // The page's answer to the choice enables the button and relabels the comment field.
        await Assertions.Expect(reviewer.Locator("[data-testid=complete]")).ToBeEnabledAsync();
        if (comment is not null)
        {
            await reviewer.Locator("#task-comment").FillAsync(comment);
            await Assertions.Expect(reviewer.Locator("#task-comment")).ToHaveValueAsync(comment);
        }
        await reviewer.TakeAsync(screenshot);
        await reviewer.Locator("[data-testid=complete]").ClickAsync();
        await reviewer.ConfirmAsync();
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/tasks$"));
    }

    /// <summary>Waits for the case's status; if another one stays, says what the page shows.</summary>
    public static async Task ExpectStatusAsync(this IPage page, string status)
    {
        try
        {
            await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync(status);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Expected the status {status}; the page says: {await page.Locator(".mud-main-content").InnerTextAsync()}", e);
        }
    }

    /// <summary>The public check (查验) as anyone opens it, for a number and the holder's name.</summary>
    public static async Task<IPage> PublicCheckAsync(this IBrowser browser, BrowserAppFactory app, string number, string name)
    {
        var context = await browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/check?number={Uri.EscapeDataString(number)}&name={Uri.EscapeDataString(name)}");
        return page;
    }
}
