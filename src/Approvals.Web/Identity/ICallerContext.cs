using Approvals.Core.Access;

namespace Approvals.Web.Identity;

/// <summary>The caller of the current request, for the domain services that take a <see cref="Caller"/>.</summary>
public interface ICallerContext
{
    /// <summary>The signed-in caller, or null for an anonymous request.</summary>
    Caller? Current { get; }
}
