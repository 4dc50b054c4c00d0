namespace AIntops.Domain.Ingest;

public enum Plan
{
    Free = 0,
    Starter = 1,
    Pro = 2,
    Team = 3,
    Enterprise = 4,
}

/// <summary>What a plan includes. A null count is unlimited.</summary>
public sealed record PlanAllowance
{
    /// <summary>Ingested requests per calendar month (UTC).</summary>
    public required long? MonthlyRequests { get; init; }
    public required int? ProviderConnections { get; init; }
    /// <summary>Members and open invitations together.</summary>
    public required int? Members { get; init; }
    public required int? NotificationChannels { get; init; }
    public required bool HardStopBudgets { get; init; }
    public required bool WeeklyReport { get; init; }
    public required bool RequestContent { get; init; }
}

/// <summary>The plans table, smallest first; each plan includes at least what the one before it does.</summary>
public static class PlanLimits
{
    /// <summary>In the order of <see cref="Plan"/>.</summary>
    private static readonly PlanAllowance[] Table =
    [
        new()
        {
            MonthlyRequests = 10_000, ProviderConnections = 1, Members = 3, NotificationChannels = 1,
            HardStopBudgets = false, WeeklyReport = false, RequestContent = false,
        },
        new()
        {
            MonthlyRequests = 100_000, ProviderConnections = 2, Members = 10, NotificationChannels = 3,
            HardStopBudgets = false, WeeklyReport = true, RequestContent = false,
        },
        new()
        {
            MonthlyRequests = 500_000, ProviderConnections = 5, Members = 25, NotificationChannels = 10,
            HardStopBudgets = true, WeeklyReport = true, RequestContent = true,
        },
        new()
        {
            MonthlyRequests = 2_000_000, ProviderConnections = 20, Members = 100, NotificationChannels = null,
            HardStopBudgets = true, WeeklyReport = true, RequestContent = true,
        },
        new()
        {
            MonthlyRequests = null, ProviderConnections = null, Members = null, NotificationChannels = null,
            HardStopBudgets = true, WeeklyReport = true, RequestContent = true,
        },
    ];

    /// <summary>Every plan, smallest first.</summary>
    public static readonly IReadOnlyList<Plan> All = Enum.GetValues<Plan>();

    public static PlanAllowance For(Plan plan) => Table[(int)plan];
}
