namespace AIntops.Application.Common.Security;

/// <summary>Encrypts secrets at rest (provider credentials, webhook URLs, SMTP passwords).</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);
    string Unprotect(string token);
}
