using Approvals.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Features.Account.Pages;

/// <summary>Identity's errors in the user's language: a resource "IdentityError_{Code}" when there is one, else Identity's text.</summary>
internal static class IdentityErrors
{
    public static IReadOnlyList<string> Describe(IdentityResult result, IStringLocalizer<SharedResource> text) =>
        result.Errors.Select(e => text[$"IdentityError_{e.Code}"] is { ResourceNotFound: false } found ? found.Value : e.Description).ToList();
}
