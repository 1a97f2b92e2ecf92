using System.Net;
using Microsoft.Data.Sqlite;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// The publish folder is the whole deployment: it holds the settings, the shipped procedures, the reference data and
/// the designer bundle, and a copy of it runs as Production from any working directory with
/// <c>dotnet Approvals.Web.dll</c>, an <c>appsettings.Production.json</c> put beside it and environment variables
/// overriding the shipped settings.
/// </summary>
public sealed class PublishedHostTests : IDisposable
{
    private readonly string _deployment = Directory.CreateTempSubdirectory("approvals-deployment-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("approvals-elsewhere-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("approvals-published-data-").FullName;

    [Fact]
    public async Task The_publish_folder_holds_settings_procedures_reference_data_and_the_designer_but_no_development_settings()
    {
        var published = await PublishedHost.FolderAsync();

        var shippedProcedures = Directory.GetFiles(Path.Combine(RepositoryRoot.Locate(), "workflows"), "*.json").Select(Path.GetFileName);
        var publishedProcedures = Directory.GetFiles(Path.Combine(published, "workflows"), "*.json").Select(Path.GetFileName);
        var shippedReference = Directory.GetFiles(Path.Combine(RepositoryRoot.Locate(), "reference")).Select(Path.GetFileName);
        var publishedReference = Directory.GetFiles(Path.Combine(published, "reference")).Select(Path.GetFileName);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Locate(), "appsettings.json")), File.ReadAllText(Path.Combine(published, "appsettings.json")));
        Assert.Equal(shippedProcedures.Order(), publishedProcedures.Order());
        Assert.Equal(shippedReference.Order(), publishedReference.Order());
        Assert.True(File.Exists(Path.Combine(published, "wwwroot", "designer", "dist", "designer.js")), "The designer bundle is not in the publish folder.");
        Assert.False(File.Exists(Path.Combine(published, "appsettings.Development.json")), "The development settings (demo accounts) were published.");
    }

    [Fact]
    public async Task A_copy_of_the_publish_folder_runs_as_Production_from_another_directory_with_its_settings_overridden()
    {
        CopyFolder(await PublishedHost.FolderAsync(), _deployment);
        // Without this file's address a Production host refuses to start: that it starts shows the mounted file is read.
        File.WriteAllText(Path.Combine(_deployment, "appsettings.Production.json"), """{ "App": { "PublicBaseUrl": "https://approvals.published.test/" } }""");
        var database = Path.Combine(_data, "approvals.db");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Approvals"] = $"Data Source={database}",
            ["ConnectionStrings__Hangfire"] = Path.Combine(_data, "hangfire.db"),
            ["Documents__StorageFolder"] = Path.Combine(_data, "documents"),
            ["Smtp__PickupFolder"] = Path.Combine(_data, "mail"),
        };

        await using var host = await HostProcess.StartAsync(environment, Path.Combine(_deployment, "Approvals.Web.dll"), _elsewhere);
        using var client = new HttpClient { BaseAddress = host.RootUri };
        var page = await client.GetAsync("/check");
        var designer = await client.GetAsync("/designer/dist/designer.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, designer.StatusCode);
        Assert.Equal(Directory.GetFiles(Path.Combine(_deployment, "workflows"), "*.json").Length, await PublishedDefinitionsAsync(database));
        Assert.Empty(Directory.GetFileSystemEntries(_elsewhere));
    }

    private static async Task<long> PublishedDefinitionsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(DISTINCT "DefinitionId") FROM "WorkflowDefinitions" """;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _deployment, _elsewhere, _data })
            Directory.Delete(folder, recursive: true);
    }
}
