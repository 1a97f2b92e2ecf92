using Approvals.Core.Access;
using Approvals.Text;

namespace Approvals.Web.Identity;

/// <summary>
/// A signed-in principal that is no caller of this service (no usable identity in its claims). Anonymous requests
/// never get here: the endpoints' authorization answers them 401 first.
/// </summary>
public sealed class CallerRequiredException() : ForbiddenRefusal(Texts.Text(Texts.CallerExtensions_SignInToUseThisEndpoint));

internal static class CallerExtensions
{
    public static Caller Require(this ICallerContext callers) => callers.Current ?? throw new CallerRequiredException();
}
