using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Approvals.Browser.Tests.Designer;

public sealed class LargeProcedureTests(BrowserAppFactory app, Chromium chromium, ITestOutputHelper output) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const int Activities = 200;

    [Fact]
    public async Task A_200_activity_procedure_opens_in_under_a_second_and_saves_without_breaking_the_circuit()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(LargeDefinition(), CancellationToken.None);
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        var opening = System.Diagnostics.Stopwatch.StartNew();
        await designer.OpenAsync("large");
        opening.Stop();
        var load = await designer.LoadMillisecondsAsync();
        output.WriteLine($"200 activities: canvas load {load} ms; page open to drawn {opening.ElapsedMilliseconds} ms");
        Console.WriteLine($"200 activities: canvas load {load} ms; page open to drawn {opening.ElapsedMilliseconds} ms");
        Assert.True(load < 1000, $"Loading 200 activities took {load} ms.");
        await designer.ScreenshotAsync("large-procedure");

        // Fitted whole, its text would be unreadable: it opens at a readable zoom with its Start at the left edge,
        // half-way down, so the procedure reads on to the right.
        Assert.True(await designer.ZoomAsync() >= 0.6);
        var canvas = await page.Locator("[data-testid=canvas]").BoundingBoxAsync();
        var start = await page.Locator("[data-testid=canvas] g[data-cell-id=start]").BoundingBoxAsync();
        Assert.InRange(start!.X - canvas!.X, 0, canvas.Width / 8);
        Assert.InRange(start.Y + start.Height / 2, canvas.Y + canvas.Height / 3, canvas.Y + canvas.Height * 2 / 3);

        // An edit sends the whole ~60 KB definition back to the server: more than a circuit message may hold.
        var node = await page.Locator("[data-testid=canvas] g[data-cell-id=a20] rect").First.BoundingBoxAsync();
        await page.Mouse.MoveAsync(node!.X + 20, node.Y + 8);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(node.X + 80, node.Y + 60, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.Locator("[data-testid=unsaved]").WaitForAsync();
        await designer.ClickAsync("save");
        await page.Locator("[data-testid=unsaved]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });

        await using var check = app.Services.CreateAsyncScope();
        var saved = WorkflowDefinitionService.Parse(await check.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().GetAsync("large", null, CancellationToken.None));
        Assert.True(saved.Root.Activities.Count == Activities,
            "Activities after the move: " + string.Join(", ", saved.Root.Activities.Skip(Activities - 2).Select(a => $"{a.Id} ({a.Type})")));
        Assert.NotEqual(0.0, (double)saved.Root.Activities.Single(a => a.Id == "a20").Metadata!["designer"]!["position"]!["x"]!);
    }

    // A snake of SetStatus steps, 20 to a row, each row's last step leading to the next row's first.
    private static string LargeDefinition()
    {
        var definition = new WorkflowDefinition { DefinitionId = "large", Name = "两百步 Two hundred steps" };
        for (var i = 0; i < Activities; i++)
        {
            var (type, id) = i switch
            {
                0 => ("Start", "start"),
                Activities - 1 => ("End", "end"),
                _ => ("SetStatus", $"a{i}"),
            };
            definition.Root.Activities.Add(new ActivityModel
            {
                Id = id,
                Type = type,
                Name = $"第 {i} 步 Step {i}",
                Inputs = type == "SetStatus" ? new JsonObject { ["status"] = $"Step {i}" } : [],
                Metadata = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = i % 20 * 220, ["y"] = i / 20 * 120 } } },
            });
            if (i > 0)
            {
                definition.Root.Connections.Add(new ConnectionModel
                {
                    Source = new ConnectionEndpoint { Activity = definition.Root.Activities[i - 1].Id, Port = "Done" },
                    Target = new ConnectionEndpoint { Activity = id, Port = "In" },
                });
            }
        }
        return WorkflowDefinitionJson.Serialize(definition);
    }
}
