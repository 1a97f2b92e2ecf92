using Approvals.Infrastructure.Recipients;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>A directory of fixed people: role members per district, users by name.</summary>
public sealed class StaticRecipients(params (string Role, string? District, MailRecipient Person)[] members) : IRecipientDirectory
{
    public Task<MailRecipient?> FindUserAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult(members.Select(m => m.Person).FirstOrDefault(p => p.UserName == userName));

    public Task<IReadOnlyList<MailRecipient>> MembersAsync(string role, string? district, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailRecipient>>(members
            .Where(m => m.Role == role && (district is null || m.District is null || m.District == district))
            .Select(m => m.Person).ToList());
}
