namespace AIntops.Domain.Dashboards;

public sealed class Dashboard : IOrganizationScoped
{
    private readonly List<Widget> _widgets = [];

    private Dashboard() { }

    public Dashboard(Guid organizationId, string name, bool isDefault, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Name = name;
        IsDefault = isDefault;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyList<Widget> Widgets => _widgets;

    public void AddWidget(string type, int x, int y, int width, int height, string configJson = "{}") =>
        _widgets.Add(new Widget(Id, OrganizationId, type, x, y, width, height, configJson));

    public void Rename(string name) => Name = name;

    /// <summary>The new layout replaces the old one whole (the grid saves every widget's place at once).</summary>
    public void ReplaceWidgets(IEnumerable<(string Type, int X, int Y, int Width, int Height, string ConfigJson)> widgets)
    {
        _widgets.Clear();
        foreach (var w in widgets) AddWidget(w.Type, w.X, w.Y, w.Width, w.Height, w.ConfigJson);
    }

    /// <summary>The default dashboard every organization starts with stays; others may be deleted.</summary>
    public void EnsureDeletable()
    {
        if (IsDefault) throw new DomainRuleException("The default dashboard cannot be deleted; change its widgets instead.");
    }

    public static Dashboard CreateDefault(Guid organizationId, DateTime now)
    {
        var dashboard = new Dashboard(organizationId, "Overview", isDefault: true, now);
        dashboard.AddWidget(WidgetTypes.SpendOverTime, 0, 0, 8, 4);
        dashboard.AddWidget(WidgetTypes.BudgetGauge, 8, 0, 4, 4);
        dashboard.AddWidget(WidgetTypes.TokenConsumption, 0, 4, 6, 4);
        dashboard.AddWidget(WidgetTypes.CostPerModel, 6, 4, 6, 4);
        return dashboard;
    }
}
