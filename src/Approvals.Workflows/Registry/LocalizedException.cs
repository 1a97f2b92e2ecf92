namespace Approvals.Workflows.Registry;

/// <summary>
/// A refusal or failure whose message people read, in Simplified Chinese or English. <see cref="Exception.Message"/>
/// stays English for logs; pages and ProblemDetails say <see cref="Text"/> in the reader's language.
/// </summary>
public abstract class LocalizedException(LocalizedText text, Exception? inner = null) : Exception(text.En, inner)
{
    public LocalizedText Text { get; } = text;
}
