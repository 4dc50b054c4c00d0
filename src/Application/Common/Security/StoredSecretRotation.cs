using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Common.Security;

public sealed record SecretRotationResult(int Reencrypted, int Unreadable);

/// <summary>
/// Re-encrypts every stored secret (provider credentials, webhook URLs, webhook signing secrets) that is not under the primary
/// key yet, so that the previous key can be removed after a rotation. Runs at every start. A row is updated
/// only while it still holds the token that was read: a credential replaced meanwhile, or another instance
/// rotating at the same time, is never overwritten.
/// </summary>
public sealed class StoredSecretRotation(IAppDbContext db, ISecretProtector secrets, ILogger<StoredSecretRotation> logger)
{
    public async Task<SecretRotationResult> RotateAsync(CancellationToken cancellationToken)
    {
        var unreadable = 0;
        var reencrypted = 0;

        var credentials = await db.ProviderConnections.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new StoredSecret(c.Id, c.CredentialToken)).ToListAsync(cancellationToken);
        foreach (var (id, token, replacement) in Reprotect(credentials, ref unreadable))
            reencrypted += await db.ProviderConnections.IgnoreQueryFilters().Where(c => c.Id == id && c.CredentialToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CredentialToken, replacement), cancellationToken);

        var webhooks = await db.NotificationChannels.IgnoreQueryFilters().AsNoTracking().Where(c => c.WebhookUrlToken != null)
            .Select(c => new StoredSecret(c.Id, c.WebhookUrlToken!)).ToListAsync(cancellationToken);
        foreach (var (id, token, replacement) in Reprotect(webhooks, ref unreadable))
            reencrypted += await db.NotificationChannels.IgnoreQueryFilters().Where(c => c.Id == id && c.WebhookUrlToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WebhookUrlToken, replacement), cancellationToken);

        var signingSecrets = await db.NotificationChannels.IgnoreQueryFilters().AsNoTracking().Where(c => c.SigningSecretToken != null)
            .Select(c => new StoredSecret(c.Id, c.SigningSecretToken!)).ToListAsync(cancellationToken);
        foreach (var (id, token, replacement) in Reprotect(signingSecrets, ref unreadable))
            reencrypted += await db.NotificationChannels.IgnoreQueryFilters().Where(c => c.Id == id && c.SigningSecretToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.SigningSecretToken, replacement), cancellationToken);

        if (reencrypted > 0)
            logger.LogInformation("Re-encrypted {Count} stored secrets with the primary Fernet key", reencrypted);
        if (unreadable > 0)
            logger.LogError("{Count} stored secrets cannot be decrypted with any key in AINTOPS_FERNET_KEYS: add the key they were "
                + "encrypted with back, or replace those provider keys and webhook URLs and rotate those signing secrets", unreadable);
        return new SecretRotationResult(reencrypted, unreadable);
    }

    private List<(Guid Id, string Token, string Replacement)> Reprotect(List<StoredSecret> stored, ref int unreadable)
    {
        var changes = new List<(Guid, string, string)>();
        foreach (var secret in stored)
        {
            try
            {
                if (secrets.Reprotect(secret.Token) is { } replacement) changes.Add((secret.Id, secret.Token, replacement));
            }
            catch (CryptographicException)
            {
                unreadable++;
            }
        }
        return changes;
    }

    private sealed record StoredSecret(Guid Id, string Token);
}
