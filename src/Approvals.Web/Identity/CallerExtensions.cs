using Approvals.Core.Access;

namespace Approvals.Web.Identity;

/// <summary>An endpoint that needs a signed-in caller answers 401 without one.</summary>
public sealed class CallerRequiredException() : Exception("Sign in to use this endpoint.");

internal static class CallerExtensions
{
    public static Caller Require(this ICallerContext callers) => callers.Current ?? throw new CallerRequiredException();
}
