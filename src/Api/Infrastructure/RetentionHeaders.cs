using System.Globalization;
using AIntops.Application.Analytics;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Tells analytics callers whether the organization's rollup retention cut the start of the range:
/// X-Retention-Truncated and X-Retention-Available-From-Utc, as on exports (which use raw retention).
/// </summary>
public sealed class RetentionHeaders(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IEndpointFilter
{
    /// <summary>After the query ran (so its filter passed validation), before the result is written.</summary>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var filter = context.Arguments.OfType<AnalyticsFilter>().FirstOrDefault();
        if (filter is not null && caller.OrganizationId is { } organizationId)
        {
            var days = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.RollupRetentionDays).FirstAsync(context.HttpContext.RequestAborted);
            var now = clock.GetUtcNow().UtcDateTime;
            var availableFrom = RetentionPolicy.AvailableFrom(now, days);
            Write(context.HttpContext.Response, availableFrom, filter.Window(now).From < availableFrom);
        }
        return result;
    }

    public static void Write(HttpResponse response, DateTime availableFromUtc, bool truncated)
    {
        response.Headers["X-Retention-Truncated"] = truncated ? "true" : "false";
        response.Headers["X-Retention-Available-From-Utc"] = availableFromUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
