using System.Security.Cryptography;
using System.Text;
using AIntops.Application.Common.Concurrency;
using AIntops.Domain.Auth;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.Refresh;

public sealed record RefreshCommand(string? RefreshToken) : IRequest<AuthTokens>;

/// <summary>
/// Rotation with reuse detection (docs/adr/0003-refresh-token-rotation.md). The atomic step is the
/// conditional UPDATE of the family's generation; the in-process single-flight only spares the
/// database from identical concurrent requests.
/// </summary>
public sealed class RefreshHandler(
    IAppDbContext db, ITokenIssuer issuer, AuthSessions sessions, ICurrentUser caller, TimeProvider clock,
    IOptions<AuthOptions> options, SingleFlight<AuthTokens> singleFlight)
    : IRequestHandler<RefreshCommand, AuthTokens>
{
    private const string Invalid = "The refresh token is invalid, expired or revoked. Sign in again.";

    public Task<AuthTokens> Handle(RefreshCommand request, CancellationToken cancellationToken)
    {
        var parsed = string.IsNullOrEmpty(request.RefreshToken) ? null : issuer.ReadRefreshToken(request.RefreshToken);
        if (parsed is not { } token) throw new UnauthorizedException(Invalid);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.RefreshToken!)));
        return singleFlight.RunAsync(key, () => RotateAsync(token.FamilyId, token.Generation));
    }

    private async Task<AuthTokens> RotateAsync(Guid familyId, long presented)
    {
        var settings = options.Value;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var family = await db.RefreshTokenFamilies.AsNoTracking().FirstOrDefaultAsync(f => f.Id == familyId);
            if (family is null || !family.IsUsable(now, TimeSpan.FromDays(settings.RefreshIdleDays)))
                throw new UnauthorizedException(Invalid);

            var behind = family.Generation - presented;
            if (behind == 0)
            {
                var rotated = await db.RefreshTokenFamilies
                    .Where(f => f.Id == familyId && f.Generation == presented && f.RevokedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.Generation, presented + 1).SetProperty(f => f.RotatedAt, now));
                if (rotated == 1) return await IssueAsync(family, presented + 1);
                continue; // another request or instance rotated it first: re-read and answer as its retry
            }
            if (behind == 1 && now - family.RotatedAt <= TimeSpan.FromSeconds(settings.RefreshGraceSeconds))
                return await IssueAsync(family, family.Generation);
            if (behind >= 1) await RevokeForReuseAsync(family, now);
            throw new UnauthorizedException(Invalid);
        }
    }

    private async Task<AuthTokens> IssueAsync(RefreshTokenFamily family, long generation)
    {
        var membership = await db.Memberships.IgnoreQueryFilters()
            .FirstOrDefaultAsync(m => m.UserId == family.UserId && m.OrganizationId == family.OrganizationId);
        if (membership is null)
        {
            await db.RevokeFamiliesAsync(f => f.Id == family.Id, RefreshRevocationReason.MembershipEnded, clock);
            throw new UnauthorizedException(Invalid);
        }
        return sessions.Issue(family, generation, membership.Role);
    }

    private async Task RevokeForReuseAsync(RefreshTokenFamily family, DateTime now)
    {
        await db.RevokeFamiliesAsync(f => f.Id == family.Id, RefreshRevocationReason.Reuse, clock);
        db.Record(family.OrganizationId, ActivityTypes.RefreshTokenReuse, family.UserId, caller.ClientIp, now,
            detail: "A refresh token was used again after rotation; the whole session was revoked.");
        await db.SaveChangesAsync();
    }
}
