using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>Refuses to start without the document font, naming the package that brings it, rather than fail at the first decision.</summary>
internal sealed class DocumentFontOptionsValidator : IValidateOptions<DocumentFontOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentFontOptions options)
    {
        if (!File.Exists(options.FontFile))
            return ValidateOptionsResult.Fail(
                $"OfficialDocuments:FontFile '{options.FontFile}' does not exist: install the Debian package fonts-wqy-microhei, or name a TrueType font with Chinese glyphs.");
        return options.FontIndex < 0
            ? ValidateOptionsResult.Fail("OfficialDocuments:FontIndex must not be negative.")
            : ValidateOptionsResult.Success;
    }
}
