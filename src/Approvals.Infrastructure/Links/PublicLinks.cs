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

    /// <summary>The case page, where the applicant reads the case and downloads its notices and decisions.</summary>
    public Uri Case(string applicationId) => To($"applications/{Uri.EscapeDataString(applicationId)}");

    /// <summary>The task page, where a reviewer or regulator works one task.</summary>
    public Uri Task(string taskId) => To($"tasks/{Uri.EscapeDataString(taskId)}");

    /// <summary>The task inbox of the district, which also lists its open verification requests.</summary>
    public Uri Inbox() => To("tasks");

    /// <summary>Where a reviewer answers the verification requests addressed to their district.</summary>
    public Uri VerificationRequests() => To("tasks#verifications");

    /// <summary>The enterprise's own page, listing every case it filed.</summary>
    public Uri Employer() => To("employer");
}
