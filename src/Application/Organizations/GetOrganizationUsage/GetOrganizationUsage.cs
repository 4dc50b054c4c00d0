using AIntops.Application.Ingest;
using AIntops.Application.Plans;

namespace AIntops.Application.Organizations.GetOrganizationUsage;

public sealed record GetOrganizationUsageQuery : IRequest<OrganizationUsageResponse>;

/// <summary>This calendar month's (UTC) ingested requests against the plan's limit, as ingest counts them.</summary>
public sealed record OrganizationUsageResponse
{
    /// <summary>free | starter | pro | team | enterprise.</summary>
    public required string Plan { get; init; }
    /// <summary>Requests sent with an API key and accepted this month; duplicates and demo data do not count.</summary>
    public required long RequestsUsed { get; init; }
    /// <summary>Requests per month on this plan; null = unlimited.</summary>
    public required long? MonthlyRequestLimit { get; init; }
    /// <summary>Used share of the limit, 0–100 (more when several instances overshoot it); null = unlimited.</summary>
    public required double? PercentUsed { get; init; }
    /// <summary>The limit is used up: ingest answers 402 and telemetry is paused; provider billing sync continues.</summary>
    public required bool LimitReached { get; init; }
    /// <summary>When usage starts again from zero: the start of next month, UTC.</summary>
    public required DateTime ResetsAt { get; init; }
}

public sealed class GetOrganizationUsageHandler(ICurrentUser caller, PlanLimiter limiter, TimeProvider clock)
    : IRequestHandler<GetOrganizationUsageQuery, OrganizationUsageResponse>
{
    public async Task<OrganizationUsageResponse> Handle(GetOrganizationUsageQuery request, CancellationToken cancellationToken)
    {
        var (plan, used, limit) = await limiter.UsageAsync(caller.RequireOrganizationId(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new OrganizationUsageResponse
        {
            Plan = PlanCatalog.NameOf(plan),
            RequestsUsed = used,
            MonthlyRequestLimit = limit,
            PercentUsed = limit is { } most ? Math.Round(most == 0 ? 100 : used * 100.0 / most, 1) : null,
            LimitReached = used >= limit,
            ResetsAt = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1),
        };
    }
}
