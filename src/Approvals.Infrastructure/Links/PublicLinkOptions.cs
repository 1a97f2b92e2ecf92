namespace Approvals.Infrastructure.Links;

/// <summary>
/// Where people reach the platform, bound from the "App" section (<c>App:PublicBaseUrl</c>, e.g.
/// <c>https://approvals.example.gov.cn/</c>). Every absolute link the server writes (account mail, case mail)
/// starts with it; none is ever taken from the request, whose Host header the sender chooses.
/// </summary>
public sealed class PublicLinkOptions
{
    public const string SectionName = "App";

    public const string PublicBaseUrlKey = SectionName + ":" + nameof(PublicBaseUrl);

    public string PublicBaseUrl { get; set; } = "";
}
