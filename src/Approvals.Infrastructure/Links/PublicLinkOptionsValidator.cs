using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Links;

/// <summary>Refuses to start without a usable public base URL, so that no mail goes out with a link nobody can open.</summary>
public sealed class PublicLinkOptionsValidator : IValidateOptions<PublicLinkOptions>
{
    private const string Example = "such as https://approvals.example.gov.cn/";

    public ValidateOptionsResult Validate(string? name, PublicLinkOptions options)
    {
        var key = PublicLinkOptions.PublicBaseUrlKey;
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
            return ValidateOptionsResult.Fail($"{key} is empty; set it to the address people open the platform at, {Example}.");
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return ValidateOptionsResult.Fail($"{key} '{options.PublicBaseUrl}' is not an absolute http or https URL {Example}.");
        var failures = new List<string>();
        if (uri.Query.Length > 0)
            failures.Add($"{key} '{options.PublicBaseUrl}' has a query; links append their own.");
        if (uri.Fragment.Length > 0)
            failures.Add($"{key} '{options.PublicBaseUrl}' has a fragment (#…); links append their own paths.");
        if (uri.UserInfo.Length > 0)
            failures.Add($"{key} '{options.PublicBaseUrl}' carries a user name or password.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
