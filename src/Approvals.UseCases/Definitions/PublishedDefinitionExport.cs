using System.IO.Compression;
using System.Text;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// The current published version of every procedure as a zip of <c>workflows/</c> files (<c>{definitionId}.json</c>),
/// so a zone's procedures can be kept under version control; placed in a workflows folder they load as they are.
/// </summary>
public sealed class PublishedDefinitionExport(IApprovalsDbContext db)
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string FileName(DateTimeOffset now, TimeZoneInfo zone) =>
        $"workflows-{TimeZoneInfo.ConvertTime(now, zone):yyyyMMdd-HHmm}.zip";

    public async Task WriteZipAsync(Stream destination, CancellationToken cancellationToken)
    {
        var current = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.IsCurrent)
            .OrderBy(d => d.DefinitionId)
            .Select(d => new { d.DefinitionId, d.Json, d.PublishedAt })
            .ToListAsync(cancellationToken);
        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in current)
        {
            var entry = zip.CreateEntry(EntryName(definition.DefinitionId, names), CompressionLevel.Optimal);
            if (definition.PublishedAt is { } at)
                entry.LastWriteTime = at;
            await using var writer = new StreamWriter(await entry.OpenAsync(cancellationToken), Utf8WithoutBom);
            await writer.WriteAsync(definition.Json.AsMemory(), cancellationToken);
        }
    }

    /// <summary>
    /// The definition id as a file name; an id the API accepted that is no safe file name (a path, a dot file) is made
    /// one, since loading reads the id from the content, never from the name.
    /// </summary>
    internal static string EntryName(string definitionId, ISet<string> taken)
    {
        var safe = new string([.. definitionId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        var name = $"{safe}.json";
        for (var n = 2; !taken.Add(name); n++)
            name = $"{safe}-{n}.json";
        return name;
    }
}
