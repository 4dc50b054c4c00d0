using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AIntops.Application.Common.Security;
using Org.BouncyCastle.Crypto.Generators;

namespace AIntops.Infrastructure.Security;

/// <summary>
/// bcrypt that writes <c>$2b$</c> hashes and verifies <c>$2a$</c>, <c>$2b$</c> and <c>$2y$</c> ones
/// (crypt_blowfish's buggy <c>$2x$</c> is rejected). The key is the password's bytes (UTF-8 for strings,
/// every byte counts, NUL included) plus a NUL terminator, cut at 72 bytes.
/// </summary>
/// <remarks>
/// Built on BouncyCastle's raw <see cref="BCrypt"/> rather than <see cref="OpenBsdBCrypt"/>, which only takes
/// <c>char[]</c> passwords (no non-UTF-8 bytes), writes <c>$2y$</c> by default and throws on malformed hashes.
/// </remarks>
public sealed partial class BcryptPasswordHasher : IPasswordHasher
{
    public const int DefaultCost = 12;
    private const int MinCost = 4;
    private const int MaxCost = 31;
    private const int SaltLength = 16;
    private const int ChecksumLength = 23;
    private const int MaxKeyLength = 72;
    private const int HashLength = 60;
    private const string BcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private readonly int _cost;

    public BcryptPasswordHasher(int cost = DefaultCost)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cost, MinCost);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cost, MaxCost);
        _cost = cost;
    }

    public string Hash(string password) =>
        Compute(Encoding.UTF8.GetBytes(password), new Setting('b', _cost, RandomNumberGenerator.GetBytes(SaltLength)));

    public bool Verify(string password, string hash) => VerifyBytes(Encoding.UTF8.GetBytes(password), hash);

    /// <summary>
    /// Hashes like crypt(3). <paramref name="setting"/> starts with <c>$2a$</c>, <c>$2b$</c> or <c>$2y$</c>,
    /// a two-digit cost from 04 to 31, <c>$</c> and a 22-character salt; anything after that is ignored.
    /// </summary>
    /// <exception cref="FormatException">The setting is invalid.</exception>
    public static string HashWithSetting(ReadOnlySpan<byte> password, string setting) =>
        Compute(password, ParseSetting(setting) ?? throw new FormatException("Invalid bcrypt setting."));

    /// <summary>Returns false, never throws, for a malformed hash or an invalid setting.</summary>
    public static bool VerifyBytes(ReadOnlySpan<byte> password, string hash)
    {
        if (hash.Length != HashLength || ParseSetting(hash) is not { } setting)
            return false;

        var computed = Compute(password, setting);
        return CryptographicOperations.FixedTimeEquals(
            MemoryMarshal.AsBytes(computed.AsSpan()),
            MemoryMarshal.AsBytes(hash.AsSpan()));
    }

    private static string Compute(ReadOnlySpan<byte> password, Setting setting)
    {
        var key = new byte[Math.Min(password.Length + 1, MaxKeyLength)];
        password[..Math.Min(password.Length, MaxKeyLength)].CopyTo(key);
        try
        {
            var checksum = BCrypt.Generate(key, setting.Salt, setting.Cost);
            return $"$2{setting.Minor}${setting.Cost:D2}${ToBcryptBase64(setting.Salt)}{ToBcryptBase64(checksum.AsSpan(0, ChecksumLength))}";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static Setting? ParseSetting(string setting)
    {
        var match = SettingPattern().Match(setting);
        if (!match.Success)
            return null;

        var cost = int.Parse(match.Groups["cost"].ValueSpan, CultureInfo.InvariantCulture);
        return cost is >= MinCost and <= MaxCost
            ? new Setting(match.Groups["minor"].Value[0], cost, FromBcryptBase64(match.Groups["salt"].Value))
            : null;
    }

    private static string ToBcryptBase64(ReadOnlySpan<byte> data) =>
        string.Concat(Convert.ToBase64String(data).TrimEnd('=').Select(c => BcryptAlphabet[StandardAlphabet.IndexOf(c)]));

    /// <summary>Decoding drops the unused low bits of the last character, so the salt is re-encoded canonically.</summary>
    private static byte[] FromBcryptBase64(string encoded)
    {
        var standard = string.Concat(encoded.Select(c => StandardAlphabet[BcryptAlphabet.IndexOf(c)]));
        return Convert.FromBase64String(standard.PadRight((standard.Length + 3) / 4 * 4, '='));
    }

    [GeneratedRegex(@"^\$2(?<minor>[aby])\$(?<cost>[0-9]{2})\$(?<salt>[./A-Za-z0-9]{22})")]
    private static partial Regex SettingPattern();

    private sealed record Setting(char Minor, int Cost, byte[] Salt);
}
