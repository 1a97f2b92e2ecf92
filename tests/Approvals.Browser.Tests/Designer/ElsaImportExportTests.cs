using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class ElsaImportExportTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    // Written by hand in the shape Elsa Studio 3.x exports: typed expressions, nested connections, designer positions.
    private const string ElsaWorkflow = """
        { "definitionId": "elsa-browser-note", "name": "Elsa note", "version": 1, "toolVersion": "3.3.0.0", "variables": [],
          "root": { "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1, "activities": [
            { "id": "Start1", "type": "Elsa.Start", "version": 1, "metadata": { "designer": { "position": { "x": 40, "y": 60 } } } },
            { "id": "Note1", "type": "Elsa.WriteLine", "version": 1,
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "Imported from Elsa" } },
              "metadata": { "designer": { "position": { "x": 260, "y": 180 } } } },
            { "id": "End1", "type": "Elsa.End", "version": 1, "metadata": { "designer": { "position": { "x": 480, "y": 60 } } } } ],
            "connections": [
              { "source": { "activity": "Start1", "port": "Done" }, "target": { "activity": "Note1", "port": "In" } },
              { "source": { "activity": "Note1", "port": "Done" }, "target": { "activity": "End1", "port": "In" } } ] } }
        """;

    [Fact]
    public async Task An_Elsa_workflow_imported_on_the_procedures_page_opens_as_a_draft_where_Elsa_drew_it_and_exports_for_Elsa_again()
    {
        var file = Path.Combine(app.Folder, "elsa-browser-note.json");
        await File.WriteAllTextAsync(file, ElsaWorkflow);
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        await designer.OpenListAsync();
        await page.ChooseFileAsync("[data-testid=import] input[type=file]", file);
        await page.Locator("[data-testid=editor-toolbar][data-definition-id='elsa-browser-note']").WaitForAsync();
        await designer.WaitLoadedAsync();
        await designer.ScreenshotAsync("elsa-imported");

        await Assertions.Expect(designer.Nodes).ToHaveCountAsync(3);
        var activities = (await designer.DefinitionAsync())["root"]!["activities"]!.AsArray();
        Assert.Equal(["Start:40,60", "JournalNote:260,180", "End:480,60"], activities.Select(a =>
            $"{a!["type"]}:{a["metadata"]!["designer"]!["position"]!["x"]},{a["metadata"]!["designer"]!["position"]!["y"]}"));
        var start = await page.Locator("[data-testid=canvas] g.x6-node[data-cell-id='Start1']").BoundingBoxAsync();
        var note = await page.Locator("[data-testid=canvas] g.x6-node[data-cell-id='Note1']").BoundingBoxAsync();
        Assert.True(note!.X > start!.X && note.Y > start.Y, "the note is drawn right of and below the start, as in Elsa");

        var download = await page.RunAndWaitForDownloadAsync(() => designer.ClickAsync("export-elsa"));
        var exported = Path.Combine(app.Folder, "elsa-browser-note-exported.json");
        await download.SaveAsAsync(exported);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(exported))!;

        Assert.Equal("Elsa.Flowchart", json["root"]!["type"]!.GetValue<string>());
        Assert.Contains(json["root"]!["activities"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Elsa.WriteLine");
    }
}
