using Approvals.UseCases.Documents;

namespace Approvals.Web.Components.Shared;

/// <summary>A file chosen in the browser and held until the form that carries it is sent; the server inspects it then.</summary>
public sealed record ChosenFile(string Name, byte[] Content)
{
    /// <summary>The files as a request brings them; the caller disposes nothing (memory streams).</summary>
    public static List<UploadedFile> AsUploads(IEnumerable<ChosenFile> files) =>
        [.. files.Select(f => new UploadedFile(new MemoryStream(f.Content, writable: false), f.Name))];
}
