using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AIntops.Application.Auth;
using AIntops.Application.Common;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AIntops.Infrastructure.Auth;

/// <summary>
/// Signs access tokens (JWT, HS256) and derives refresh tokens as
/// base64url(familyId ‖ generation ‖ HMAC-SHA256(refreshKey, familyId ‖ generation)).
/// The same (family, generation) always gives the same string, so every instance can hand out the
/// same successor without storing tokens; the database holds only each family's generation.
/// </summary>
public sealed class TokenIssuer(JwtKeys keys, TimeProvider clock, IOptions<AuthOptions> options) : ITokenIssuer
{
    public const string Issuer = "aintops";
    public const string Audience = "aintops-api";
    public const string OrganizationClaim = "org";
    public const string RoleClaim = "role";
    public const string SessionClaim = "sid";

    private const int PayloadLength = 16 + 8;
    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, int ExpiresInSeconds) CreateAccessToken(Guid userId, Guid organizationId, Role role, Guid sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(OrganizationClaim, organizationId.ToString()),
                new Claim(RoleClaim, role.ToName()),
                new Claim(SessionClaim, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            ]),
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    public string CreateRefreshToken(Guid familyId, long generation)
    {
        Span<byte> buffer = stackalloc byte[PayloadLength + 32];
        familyId.TryWriteBytes(buffer[..16]);
        BinaryPrimitives.WriteInt64BigEndian(buffer[16..PayloadLength], generation);
        HMACSHA256.HashData(keys.RefreshKey, buffer[..PayloadLength], buffer[PayloadLength..]);
        return Base64Url.EncodeToString(buffer);
    }

    public (Guid FamilyId, long Generation)? ReadRefreshToken(string token)
    {
        Span<byte> buffer = stackalloc byte[PayloadLength + 32];
        if (token.Length != Base64Url.GetEncodedLength(buffer.Length)
            || !Base64Url.TryDecodeFromChars(token, buffer, out var written) || written != buffer.Length)
            return null;
        Span<byte> expected = stackalloc byte[32];
        foreach (var refreshKey in keys.RefreshKeys)
        {
            HMACSHA256.HashData(refreshKey, buffer[..PayloadLength], expected);
            if (CryptographicOperations.FixedTimeEquals(expected, buffer[PayloadLength..]))
                return (new Guid(buffer[..16]), BinaryPrimitives.ReadInt64BigEndian(buffer[16..PayloadLength]));
        }
        return null;
    }
}

/// <summary>
/// The signing key (<c>Auth:JwtSigningKey</c>) signs every new token; previous keys
/// (<c>Auth:JwtPreviousSigningKeys</c>) still validate access and refresh tokens during a rotation.
/// </summary>
public sealed class JwtKeys(byte[] signingKey, IReadOnlyList<byte[]>? previousSigningKeys = null)
{
    private static readonly byte[] RefreshKeyLabel = Encoding.UTF8.GetBytes("aintops refresh tokens v1");

    /// <summary>The signing key first, then the previous ones.</summary>
    public IReadOnlyList<SymmetricSecurityKey> ValidationKeys { get; } =
        [new(signingKey), .. (previousSigningKeys ?? []).Select(k => new SymmetricSecurityKey(k))];

    /// <summary>Refresh-token keys derived from <see cref="ValidationKeys"/>, in the same order: the first one signs.</summary>
    public IReadOnlyList<byte[]> RefreshKeys { get; } =
        [HMACSHA256.HashData(signingKey, RefreshKeyLabel), .. (previousSigningKeys ?? []).Select(k => HMACSHA256.HashData(k, RefreshKeyLabel))];

    public SymmetricSecurityKey SigningKey => ValidationKeys[0];

    public byte[] RefreshKey => RefreshKeys[0];
}
