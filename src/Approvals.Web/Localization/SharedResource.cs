namespace Approvals.Web.Localization;

/// <summary>
/// Marker for the UI's strings: <c>SharedResource.resx</c> holds Simplified Chinese (the default),
/// <c>SharedResource.en.resx</c> English.
/// </summary>
public sealed class SharedResource;
