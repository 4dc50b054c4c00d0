using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AIntops.Infrastructure.Security;

/// <summary>Thrown for every invalid Fernet token; deliberately says nothing about which check failed.</summary>
public sealed class InvalidFernetTokenException() : CryptographicException("The Fernet token is invalid.");

public sealed class FernetKey
{
    private const int HalfLength = 16;

    private readonly byte[] _key;

    private FernetKey(byte[] key) => _key = key;

    internal ReadOnlySpan<byte> SigningKey => _key.AsSpan(0, HalfLength);

    internal byte[] EncryptionKey => _key[HalfLength..];

    /// <summary>Parses a padded url-safe base64 key of exactly 32 bytes.</summary>
    public static FernetKey Parse(string encodedKey)
    {
        var key = FernetBase64.TryDecode(encodedKey);
        if (key is not { Length: 2 * HalfLength })
            throw new FormatException("A Fernet key must be 32 bytes encoded as url-safe base64.");
        return new FernetKey(key);
    }

    public static FernetKey Generate() => new(RandomNumberGenerator.GetBytes(2 * HalfLength));

    public string ToBase64Url() => FernetBase64.Encode(_key);
}

/// <summary>Fernet (spec version 0x80) with the timestamp rules of Python's cryptography package.</summary>
public static class Fernet
{
    private const byte Version = 0x80;
    private const int BlockLength = 16;
    private const int TimestampOffset = 1;
    private const int IvOffset = TimestampOffset + sizeof(ulong);
    private const int HeaderLength = IvOffset + BlockLength;
    private const int HmacLength = 32;
    private const long MaxClockSkewSeconds = 60;

    public static string Encrypt(FernetKey key, ReadOnlySpan<byte> plaintext, DateTimeOffset now, byte[]? iv = null) =>
        Encrypt(key, plaintext, checked((ulong)now.ToUnixTimeSeconds()), iv);

    public static string Encrypt(FernetKey key, ReadOnlySpan<byte> plaintext, ulong unixTimestamp, byte[]? iv = null)
    {
        iv ??= RandomNumberGenerator.GetBytes(BlockLength);
        if (iv.Length != BlockLength)
            throw new ArgumentException("The IV must be 16 bytes.", nameof(iv));

        using var aes = Aes.Create();
        aes.Key = key.EncryptionKey;
        var ciphertext = aes.EncryptCbc(plaintext, iv, PaddingMode.PKCS7);

        var signedLength = HeaderLength + ciphertext.Length;
        var token = new byte[signedLength + HmacLength];
        token[0] = Version;
        BinaryPrimitives.WriteUInt64BigEndian(token.AsSpan(TimestampOffset), unixTimestamp);
        iv.CopyTo(token, IvOffset);
        ciphertext.CopyTo(token, HeaderLength);
        HMACSHA256.HashData(key.SigningKey, token.AsSpan(0, signedLength), token.AsSpan(signedLength));
        return FernetBase64.Encode(token);
    }

    /// <summary>
    /// Tries each key in turn. When <paramref name="ttl"/> is given, the token is rejected if
    /// timestamp + ttl &lt; now or if the timestamp lies more than 60 seconds in the future.
    /// </summary>
    public static byte[] Decrypt(IReadOnlyList<FernetKey> keys, string token, DateTimeOffset now, TimeSpan? ttl = null) =>
        Decrypt(keys, token, now, out _, ttl);

    /// <param name="signedBy">The key whose signature matched.</param>
    public static byte[] Decrypt(IReadOnlyList<FernetKey> keys, string token, DateTimeOffset now, out FernetKey signedBy, TimeSpan? ttl = null)
    {
        var data = FernetBase64.TryDecode(token);
        var ciphertextLength = (data?.Length ?? 0) - HeaderLength - HmacLength;
        if (data is null || ciphertextLength <= 0 || ciphertextLength % BlockLength != 0 || data[0] != Version)
            throw new InvalidFernetTokenException();

        if (ttl is { } maxAge && IsOutsideTimeWindow(BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(TimestampOffset)), now, maxAge))
            throw new InvalidFernetTokenException();

        var key = signedBy = FindSigningKey(keys, data, HeaderLength + ciphertextLength) ?? throw new InvalidFernetTokenException();

        try
        {
            using var aes = Aes.Create();
            aes.Key = key.EncryptionKey;
            return aes.DecryptCbc(
                data.AsSpan(HeaderLength, ciphertextLength),
                data.AsSpan(IvOffset, BlockLength),
                PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            throw new InvalidFernetTokenException();
        }
    }

    private static bool IsOutsideTimeWindow(ulong timestamp, DateTimeOffset now, TimeSpan ttl)
    {
        Int128 issuedAt = timestamp;
        Int128 current = now.ToUnixTimeSeconds();
        Int128 ttlSeconds = (long)Math.Floor(ttl.TotalSeconds);
        return issuedAt + ttlSeconds < current || current + MaxClockSkewSeconds < issuedAt;
    }

    private static FernetKey? FindSigningKey(IReadOnlyList<FernetKey> keys, byte[] data, int signedLength)
    {
        Span<byte> expected = stackalloc byte[HmacLength];
        foreach (var key in keys)
        {
            HMACSHA256.HashData(key.SigningKey, data.AsSpan(0, signedLength), expected);
            if (CryptographicOperations.FixedTimeEquals(expected, data.AsSpan(signedLength)))
                return key;
        }
        return null;
    }
}

/// <summary>RFC 4648 "base64url" with padding, as Fernet keys and tokens use it; rejects any other character.</summary>
internal static class FernetBase64
{
    public static string Encode(byte[] data) => Convert.ToBase64String(data).Replace('+', '-').Replace('/', '_');

    public static byte[]? TryDecode(string encoded)
    {
        if (encoded.Length == 0 || !encoded.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '='))
            return null;

        var buffer = new byte[encoded.Length / 4 * 3];
        var standard = encoded.Replace('-', '+').Replace('_', '/');
        return Convert.TryFromBase64String(standard, buffer, out var written) ? buffer[..written] : null;
    }
}
