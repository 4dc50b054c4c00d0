namespace AIntops.Domain.Ingest;

public enum Plan
{
    Free = 0,
    Starter = 1,
    Pro = 2,
    Team = 3,
    Enterprise = 4,
}

public static class PlanLimits
{
    /// <summary>Ingested requests per calendar month (UTC); null = unlimited.</summary>
    public static long? MonthlyRequests(Plan plan) => plan switch
    {
        Plan.Free => 10_000,
        Plan.Starter => 100_000,
        Plan.Pro => 500_000,
        Plan.Team => 2_000_000,
        _ => null,
    };
}
