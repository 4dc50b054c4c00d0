using System.Linq.Expressions;
using AIntops.Domain.Auth;

namespace AIntops.Application.Auth;

public static class RefreshTokenRevocation
{
    /// <summary>Revokes matching families at once, in its own statement, so it stays committed when the request fails.</summary>
    public static Task<int> RevokeFamiliesAsync(this IAppDbContext db, Expression<Func<RefreshTokenFamily, bool>> which,
        RefreshRevocationReason reason, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokenFamilies.Where(which).Where(f => f.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedAt, now).SetProperty(f => f.RevokedReason, reason));
    }
}
