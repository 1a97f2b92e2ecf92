namespace Approvals.Workflows.Tests.Support;

/// <summary>Test cases kept as JSON files in a folder copied to the output: one theory row per file, by name.</summary>
public static class JsonCases
{
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    public static Task<string> ReadAsync(string folder, string name) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, folder, name + ".json"));
}
