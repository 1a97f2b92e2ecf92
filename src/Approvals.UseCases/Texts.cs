using Approvals.Text;

namespace Approvals.UseCases;

/// <summary>The use cases' texts people read; the keys are the constants generated from Texts.resx.</summary>
internal static partial class Texts
{
    /// <summary>The text of a key in both languages, its numbered placeholders filled with <paramref name="args"/>.</summary>
    public static LocalizedText Text(string key, params object?[] args) => LocalizedText.From(ResourceManager, key, args);
}
