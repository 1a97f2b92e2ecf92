using Approvals.Web.Features.Applications.Wizard;
namespace Approvals.Web.Tests.Components;

/// <summary>The wizard's progress bar follows the file as it arrives, and always ends at 100 %.</summary>
public sealed class UploadProgressStreamTests
{
    [Fact]
    public async Task A_file_read_in_chunks_reports_each_new_percentage_once_up_to_100()
    {
        var told = new List<int>();
        await using var stream = new UploadProgressStream(new MemoryStream(new byte[10_000]), 10_000, told.Add);

        var chunk = new byte[2_500];
        var total = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0)
            total += read;

        Assert.Equal(10_000, total);
        Assert.Equal([25, 50, 75, 100], told);
    }

    [Fact]
    public async Task A_file_shorter_than_announced_still_ends_at_100()
    {
        var told = new List<int>();
        await using var stream = new UploadProgressStream(new MemoryStream(new byte[300]), 1_000, told.Add);

        await stream.CopyToAsync(Stream.Null);

        Assert.Equal([30, 100], told);
    }
}
