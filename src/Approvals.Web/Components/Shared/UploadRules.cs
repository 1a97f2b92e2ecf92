namespace Approvals.Web.Components.Shared;

/// <summary>Why a chosen document is refused before a byte is sent.</summary>
public enum UploadRefusal
{
    None,
    WrongType,
    TooLarge,
}

/// <summary>
/// What the browser may send as a document: checked on the page the moment a file is chosen, so a person learns at
/// once that a file is too large or of a type never accepted. The server still inspects what arrives (its content,
/// not its name, decides).
/// </summary>
public static class UploadRules
{
    /// <summary>The file types the document pickers offer.</summary>
    public const string DocumentTypes = ".pdf,.jpg,.jpeg,.png";

    public static UploadRefusal Check(string fileName, long size, long maxBytes)
    {
        var extension = Path.GetExtension(fileName);
        if (!DocumentTypes.Split(',').Any(type => string.Equals(type.Trim(), extension, StringComparison.OrdinalIgnoreCase)))
            return UploadRefusal.WrongType;
        return size > maxBytes ? UploadRefusal.TooLarge : UploadRefusal.None;
    }

    /// <summary>A size as the pages write it beside a file: whole kilobytes, one more than the whole ones it fills, so never zero.</summary>
    public static string Kilobytes(long bytes) => $"{bytes / 1024 + 1} KB";
}
