using System.Text;
using AIntops.Application.Common.Security;

namespace AIntops.Infrastructure.Security;

/// <summary>Encrypts with the first key and decrypts with any of them, so keys can be rotated.</summary>
public sealed class FernetSecretProtector : ISecretProtector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FernetKey[] _keys;
    private readonly TimeProvider _timeProvider;

    public FernetSecretProtector(IReadOnlyList<FernetKey> keys, TimeProvider timeProvider)
    {
        if (keys.Count == 0)
            throw new ArgumentException("At least one Fernet key is required.", nameof(keys));
        _keys = [.. keys];
        _timeProvider = timeProvider;
    }

    public string Protect(string plaintext) =>
        Fernet.Encrypt(_keys[0], StrictUtf8.GetBytes(plaintext), _timeProvider.GetUtcNow());

    public string Unprotect(string token) =>
        StrictUtf8.GetString(Fernet.Decrypt(_keys, token, _timeProvider.GetUtcNow()));

    public string? Reprotect(string token)
    {
        var plaintext = Fernet.Decrypt(_keys, token, _timeProvider.GetUtcNow(), out var key);
        return key == _keys[0] ? null : Fernet.Encrypt(_keys[0], plaintext, _timeProvider.GetUtcNow());
    }
}
