namespace AIntops.Domain.Dashboards;

public sealed class Widget : IOrganizationScoped
{
    private Widget() { }

    internal Widget(Guid dashboardId, Guid organizationId, string type, int x, int y, int width, int height, string configJson)
    {
        ConfigJson = configJson;
        Id = Guid.NewGuid();
        DashboardId = dashboardId;
        OrganizationId = organizationId;
        Type = type;
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    public Guid Id { get; private set; }
    public Guid DashboardId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Type { get; private set; } = "";
    public int X { get; private set; }
    public int Y { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string ConfigJson { get; private set; } = "{}";
}

public static class WidgetTypes
{
    public const string SpendOverTime = "spend_over_time";
    public const string TokenConsumption = "token_consumption";
    public const string CostPerModel = "cost_per_model";
    public const string RequestVolume = "request_volume";
    public const string Latency = "latency";
    public const string BudgetGauge = "budget_gauge";
    public const string TopRecommendations = "top_recommendations";
    public const string AnomalyFeed = "anomaly_feed";

    /// <summary>Average cost per request and average latency per day or week.</summary>
    public const string CostEvolution = "cost_evolution";

    /// <summary>Each feature's (endpoint tag's) and model's share of the cost.</summary>
    public const string CostContribution = "cost_contribution";

    public static readonly IReadOnlyList<string> All =
        [SpendOverTime, TokenConsumption, CostPerModel, RequestVolume, Latency, BudgetGauge, TopRecommendations, AnomalyFeed, CostEvolution, CostContribution];

    /// <summary>The grid is this many columns wide.</summary>
    public const int GridColumns = 12;

    public const int MaxWidgets = 40;
    public const int MaxConfigLength = 4000;
}
