namespace Approvals.Web.Features.Applications.Wizard;

/// <summary>
/// Reads a file as the browser sends it and tells, in whole percent of its announced size, how much has arrived,
/// so the page can show the upload's progress. Each percentage is told once; the end of the file is always 100.
/// </summary>
public sealed class UploadProgressStream(Stream browserFile, long announcedSize, Action<int> arrivedPercent) : Stream
{
    private long _arrived;
    private int _told = -1;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => browserFile.Length;

    public override long Position
    {
        get => _arrived;
        set => throw new NotSupportedException("An upload is read once, from its start.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Arrived(browserFile.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Arrived(await browserFile.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("An upload is read once, from its start.");

    public override void SetLength(long value) => throw new NotSupportedException("An upload is only read.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("An upload is only read.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            browserFile.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await browserFile.DisposeAsync();
        await base.DisposeAsync();
    }

    private int Arrived(int read)
    {
        _arrived += read;
        var percent = read == 0 || announcedSize <= 0 ? 100 : (int)Math.Min(100, _arrived * 100 / announcedSize);
        if (percent != _told)
        {
            _told = percent;
            arrivedPercent(percent);
        }
        return read;
    }
}
