using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Links;

/// <summary>Absolute links to the platform's pages, always under <see cref="PublicLinkOptions.PublicBaseUrl"/>.</summary>
public sealed class PublicLinks(IOptions<PublicLinkOptions> options)
{
    /// <summary>
    /// The page at <paramref name="pathAndQuery"/> (e.g. <c>account/reset-password</c> or
    /// <c>/applications/new?type=renewal</c>) under the base URL, keeping the base's own path
    /// (<c>https://example.cn/approvals/</c> gives <c>https://example.cn/approvals/account/…</c>).
    /// </summary>
    public Uri To(string pathAndQuery)
    {
        var root = options.Value.PublicBaseUrl;
        var baseUri = new Uri(root.EndsWith('/') ? root : root + "/", UriKind.Absolute);
        var relative = new Uri(pathAndQuery.TrimStart('/'), UriKind.Relative);
        return new Uri(baseUri, relative);
    }
}
