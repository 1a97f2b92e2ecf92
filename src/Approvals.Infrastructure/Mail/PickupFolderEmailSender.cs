using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// The embedded default when no SMTP host is set: each message becomes a readable .eml file in the pickup folder,
/// named so that the files sort in the order they were written.
/// </summary>
public sealed partial class PickupFolderEmailSender(
    string folder,
    MimeMessageFactory messages,
    TimeProvider time,
    ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    private long _sequence;
    private int _folderAnnounced;

    /// <summary>Full path of the folder the .eml files are written to.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        using var mime = messages.Create(message);
        Directory.CreateDirectory(Folder);
        if (Interlocked.Exchange(ref _folderAnnounced, 1) == 0)
            LogFolder(Folder);

        var path = Path.Combine(Folder, NextFileName());
        // Written under a temporary name and renamed, so a reader of the folder never sees half a message.
        var temporary = path + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                await mime.WriteToAsync(stream, cancellationToken);
            File.Move(temporary, path);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        LogWritten(mime.MessageId, path);
    }

    private string NextFileName()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture);
        return $"{stamp}-{sequence:D6}-{Guid.NewGuid():N}.eml";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP host is set (Smtp:Host): e-mail is written as .eml files to {Folder}")]
    private partial void LogFolder(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} written to {Path}")]
    private partial void LogWritten(string? messageId, string path);
}
