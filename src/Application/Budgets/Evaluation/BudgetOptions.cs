namespace AIntops.Application.Budgets.Evaluation;

/// <summary>Configuration section <c>Budgets</c>.</summary>
public sealed class BudgetOptions
{
    public const string Section = "Budgets";

    /// <summary>How long an instance answers ingest's budget flags and the status endpoint from memory before reading the budgets again.</summary>
    public TimeSpan StateCacheTtl { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Configuration section <c>Jobs:BudgetMonitoring</c>.</summary>
public sealed class BudgetMonitoringOptions
{
    public const string Section = "Jobs:BudgetMonitoring";

    /// <summary>How often every organization's budgets are evaluated.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Wait after the API starts before the first scheduled run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an instance evaluates the budgets of the organizations whose spend it took in since (ingest, syncs).</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(30);
}
