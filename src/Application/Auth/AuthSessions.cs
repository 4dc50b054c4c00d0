using AIntops.Domain.Auth;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth;

/// <summary>Starts refresh-token families and turns a (family, generation) into a token pair.</summary>
public sealed class AuthSessions(IAppDbContext db, ITokenIssuer issuer, TimeProvider clock, IOptions<AuthOptions> options)
{
    public RefreshTokenFamily Start(Guid userId, Guid organizationId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var family = new RefreshTokenFamily(userId, organizationId, now, now.AddDays(options.Value.RefreshTokenDays));
        db.RefreshTokenFamilies.Add(family);
        return family;
    }

    public AuthTokens Issue(RefreshTokenFamily family, long generation, Role role)
    {
        var (access, expiresIn) = issuer.CreateAccessToken(family.UserId, family.OrganizationId, role, family.Id);
        return new AuthTokens(access, expiresIn, issuer.CreateRefreshToken(family.Id, generation), family.ExpiresAt);
    }
}
