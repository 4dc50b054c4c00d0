using System.Security.Cryptography;
using System.Text;

namespace AIntops.Application.Common.Security;

/// <summary>Random bearer secrets (invitation links, API keys) and the SHA-256 form they are stored in.</summary>
public static class OpaqueTokens
{
    public static string Create(int bytes = 32) => Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
