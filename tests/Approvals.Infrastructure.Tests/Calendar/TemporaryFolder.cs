namespace Approvals.Infrastructure.Tests.Calendar;

/// <summary>An empty folder of its own for one test, deleted afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "approvals-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string CopyReferenceCalendar(int year)
    {
        var name = $"calendar-cn-{year}.json";
        var target = System.IO.Path.Combine(Path, name);
        File.Copy(System.IO.Path.Combine(TestCalendar.ReferenceFolder, name), target);
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
