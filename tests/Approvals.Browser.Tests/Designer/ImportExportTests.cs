using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;
using Approvals.Workflows.Serialization;

namespace Approvals.Browser.Tests.Designer;

public sealed class ImportExportTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private static readonly string TwoLevelApproval = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "workflows", "two-level-approval.json"));

    public static TheoryData<string> ShippedProcedures() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFolder.Path, "workflows"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(ShippedProcedures))]
    public async Task A_shipped_procedure_opens_readably_and_saves_back_unchanged(string file)
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "workflows", file + ".json"));
        var definitionId = WorkflowDefinitionJson.Deserialize(shipped).DefinitionId;
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        await designer.OpenAsync(definitionId);
        await designer.ScreenshotAsync($"shipped-{file}");

        Assert.Equal(Normalized(shipped), Normalized((await designer.DefinitionAsync()).ToJsonString()));
        await Assertions.Expect(designer.Nodes).ToHaveCountAsync(WorkflowDefinitionJson.Deserialize(shipped).Root.Activities.Count);
        var version = await page.Locator("[data-testid=version-state]").InnerTextAsync();
        await designer.ClickAsync("save");
        await page.Locator("[data-testid=unsaved]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=version-state]').innerText !== {System.Text.Json.JsonSerializer.Serialize(version)}");
        await page.GotoAsync($"/designer/{definitionId}/versions");
        await page.Locator("[data-testid=diff-none]").WaitForAsync();
    }

    [Fact]
    public async Task A_procedure_exported_from_the_designer_and_imported_again_is_the_same_procedure()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");

        var download = await page.RunAndWaitForDownloadAsync(() => designer.ClickAsync("export"));
        var exported = Path.Combine(app.Folder, "exported.json");
        await download.SaveAsAsync(exported);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(exported))!.AsObject();
        json["definitionId"] = "two-level-approval-copy";
        await File.WriteAllTextAsync(exported, json.ToJsonString());

        await designer.OpenListAsync();
        await page.ChooseFileAsync("[data-testid=import] input[type=file]", exported);
        try
        {
            await page.Locator("[data-testid=editor-toolbar][data-definition-id='two-level-approval-copy']").WaitForAsync();
        }
        catch (TimeoutException)
        {
            await designer.ScreenshotAsync("import-failed");
            throw;
        }
        await designer.WaitLoadedAsync();

        var reimported = await designer.DefinitionAsync();
        reimported["definitionId"] = "two-level-approval";
        Assert.Equal(Normalized(TwoLevelApproval), Normalized(reimported.ToJsonString()));
    }

    // Version and publication state belong to the stored row, not to what was drawn.
    private static string Normalized(string json)
    {
        var definition = WorkflowDefinitionJson.Deserialize(json);
        definition.Version = 1;
        definition.IsPublished = false;
        return WorkflowDefinitionJson.Serialize(definition);
    }
}
