namespace AIntops.Application.Common.Security;

/// <summary>Encrypts secrets at rest (provider credentials, webhook URLs, SMTP passwords).</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);
    string Unprotect(string token);

    /// <summary>
    /// The token encrypted again with the primary key, or null when it already is (key rotation).
    /// Throws a <see cref="System.Security.Cryptography.CryptographicException"/> when no configured key opens it.
    /// </summary>
    string? Reprotect(string token);
}
