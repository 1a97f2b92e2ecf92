using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// The keys that protect cookies, antiforgery tokens, bearer tokens and reset links live in the database under one
/// application name, so every node of a deployment (and the same node after a restart or a new release in another
/// folder) reads what any node issued.
/// </summary>
public static class SharedDataProtection
{
    /// <summary>Fixed rather than derived from the content root, which differs between nodes and releases.</summary>
    public const string ApplicationName = "Approvals";

    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ApprovalsDbContext>();
        return services;
    }

    /// <summary>
    /// Creates the first key at start-up, one node at a time (the migrator's lock), so nodes started together on a
    /// fresh database do not each make their own and refuse each other's cookies until their key rings refresh.
    /// </summary>
    public static void EnsureKey(IKeyManager keys, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
            return;
        keys.CreateNewKey(now, now.Add(KeyLifetime));
    }
}
