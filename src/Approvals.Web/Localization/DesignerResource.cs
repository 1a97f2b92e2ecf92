namespace Approvals.Web.Localization;

/// <summary>
/// Marker for the designer's and instance viewer's strings: <c>DesignerResource.resx</c> holds Simplified
/// Chinese (the default), <c>DesignerResource.en.resx</c> English.
/// </summary>
public sealed class DesignerResource;
