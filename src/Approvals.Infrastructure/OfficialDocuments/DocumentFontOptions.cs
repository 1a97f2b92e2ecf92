namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// The font every official document is set in, bound from the "OfficialDocuments" section: WenQuanYi Micro Hei as
/// Debian's <c>fonts-wqy-microhei</c> installs it (Apache-2.0), a TrueType collection whose first font is the one.
/// </summary>
public sealed class DocumentFontOptions
{
    public const string SectionName = "OfficialDocuments";

    public string FontFile { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>Which font of a collection (.ttc); ignored for a single font (.ttf).</summary>
    public int FontIndex { get; set; }
}
