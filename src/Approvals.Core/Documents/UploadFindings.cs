using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Documents;

/// <summary>The reasons an upload is refused, each with its own code.</summary>
public static class UploadFindings
{
    public const string EmptyCode = "Document.Empty";
    public const string TooLargeCode = "Document.TooLarge";
    public const string TypeNotAllowedCode = "Document.TypeNotAllowed";
    public const string ContentNotAsNamedCode = "Document.ContentNotAsNamed";
    public const string PathInNameCode = "Document.PathInName";
    public const string InvalidNameCode = "Document.InvalidName";

    public static Finding Empty(string? document) => new(
        EmptyCode,
        new LocalizedText("文件为空，请重新选择文件上传。", "The file is empty; please choose the file again."),
        Document: document);

    public static Finding TooLarge(string? document, long maxSizeBytes) => new(
        TooLargeCode,
        new LocalizedText(
            $"文件超过大小上限 {FormatSize(maxSizeBytes)}，请压缩或分开上传。",
            $"The file is larger than the limit of {FormatSize(maxSizeBytes)}; please reduce or split it."),
        Document: document);

    public static Finding TypeNotAllowed(string? document) => new(
        TypeNotAllowedCode,
        new LocalizedText(
            "只接受PDF、JPEG或PNG格式的文件。",
            "Only PDF, JPEG or PNG files are accepted."),
        Document: document);

    public static Finding ContentNotAsNamed(string? document, DocumentContentType claimed) => new(
        ContentNotAsNamedCode,
        new LocalizedText(
            $"文件名表明是{claimed.ToString().ToUpperInvariant()}文件，但其内容不是PDF、JPEG或PNG格式；更改扩展名不能转换文件格式。",
            $"The name says {claimed.ToString().ToUpperInvariant()}, but the content is not a PDF, JPEG or PNG file; renaming a file does not convert it."),
        Document: document);

    public static Finding PathInName(string? document) => new(
        PathInNameCode,
        new LocalizedText(
            "文件名中不能包含路径或目录（如 / \\ .. 或盘符），请只保留文件名。",
            "The file name must not contain a path or directory (such as / \\ .. or a drive letter); please send the file name only."),
        Document: document);

    public static Finding InvalidName(string? document) => new(
        InvalidNameCode,
        new LocalizedText(
            "文件名为空或只包含不允许的字符，请重命名后上传。",
            "The file name is empty or made only of characters that are not allowed; please rename the file."),
        Document: document);

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}
