using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Recipients;

/// <summary>The recipients listed in settings (see <see cref="RecipientDirectoryOptions"/>); users without an address are skipped.</summary>
public sealed class ConfiguredRecipientDirectory(IOptionsMonitor<RecipientDirectoryOptions> options) : IRecipientDirectory
{
    public Task<MailRecipient?> FindUserAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult(Users().FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)) is { } user
            ? ToRecipient(user)
            : null);

    public Task<IReadOnlyList<MailRecipient>> MembersAsync(string role, string? district, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailRecipient>>(Users()
            .Where(u => u.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            .Where(u => district is null || u.District is null || u.District == district)
            .Select(ToRecipient)
            .ToList());

    private IEnumerable<ConfiguredRecipient> Users() => options.CurrentValue.Users.Where(u => !string.IsNullOrWhiteSpace(u.Email));

    private static MailRecipient ToRecipient(ConfiguredRecipient user) => new(user.UserName, user.Email, user.DisplayName, user.Culture);
}
