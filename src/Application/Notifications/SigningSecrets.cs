using AIntops.Application.Common.Security;

namespace AIntops.Application.Notifications;

/// <summary>A webhook channel's signing secret: 32 random bytes, base64url, with a prefix that says what it is.</summary>
public static class SigningSecrets
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + OpaqueTokens.Create(32);
}
