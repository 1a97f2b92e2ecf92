using Approvals.Core.Access;

namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>A publication step is recorded under the regulator's user name; a caller without one cannot take it.</summary>
internal static class PublicationActors
{
    public static string NameOf(Caller regulator) =>
        regulator.UserName is { Length: > 0 } name ? name : throw new ArgumentException("A publication step needs a user name.", nameof(regulator));
}
