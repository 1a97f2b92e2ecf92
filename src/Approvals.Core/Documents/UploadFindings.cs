using Approvals.Core.Findings;

namespace Approvals.Core.Documents;

/// <summary>The reasons an upload is refused, each with its own code.</summary>
public static class UploadFindings
{
    public const string EmptyCode = "Document.Empty";
    public const string TooLargeCode = "Document.TooLarge";
    public const string TypeNotAllowedCode = "Document.TypeNotAllowed";
    public const string ContentNotAsNamedCode = "Document.ContentNotAsNamed";
    public const string IncompleteCode = "Document.Incomplete";
    public const string PathInNameCode = "Document.PathInName";
    public const string InvalidNameCode = "Document.InvalidName";

    public static Finding Empty(string? document) => new(
        EmptyCode,
        Texts.Text(Texts.UploadFindings_FileIsEmptyPleaseChooseFile),
        Document: document);

    public static Finding TooLarge(string? document, long maxSizeBytes) => new(
        TooLargeCode,
        Texts.Text(Texts.UploadFindings_FileIsLargerThanLimitOf, FormatSize(maxSizeBytes)),
        Document: document);

    public static Finding TypeNotAllowed(string? document) => new(
        TypeNotAllowedCode,
        Texts.Text(Texts.UploadFindings_OnlyPDFJPEGOrPNGFiles),
        Document: document);

    public static Finding ContentNotAsNamed(string? document, DocumentContentType claimed) => new(
        ContentNotAsNamedCode,
        Texts.Text(Texts.UploadFindings_NameSaysButContentIsNot, claimed.DisplayName()),
        Document: document);

    public static Finding Incomplete(string? document, DocumentContentType type) => new(
        IncompleteCode,
        Texts.Text(Texts.UploadFindings_FileIsIncomplete, type.DisplayName()),
        Document: document);

    public static Finding PathInName(string? document) => new(
        PathInNameCode,
        Texts.Text(Texts.UploadFindings_FileNameMustNotContainPath),
        Document: document);

    public static Finding InvalidName(string? document) => new(
        InvalidNameCode,
        Texts.Text(Texts.UploadFindings_FileNameIsEmptyOrMade),
        Document: document);

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}
