using System.Linq.Expressions;
using System.Text.Json;
using AIntops.Application.Common.Validation;
using AIntops.Domain.Dashboards;

namespace AIntops.Application.Dashboards;

public sealed record DashboardDto(Guid Id, string Name, bool IsDefault, IReadOnlyList<WidgetDto> Widgets);

/// <param name="Config">Free-form widget settings (e.g. interval, splitBy), as saved.</param>
public sealed record WidgetDto(
    Guid Id,
    [OneOf(typeof(WidgetTypes), nameof(WidgetTypes.All))] string Type,
    int X,
    int Y,
    int Width,
    int Height,
    JsonElement Config);

public static class DashboardProjection
{
    public static readonly Expression<Func<Dashboard, DashboardRow>> Row = d => new DashboardRow(d.Id, d.Name, d.IsDefault,
        d.Widgets.OrderBy(w => w.Y).ThenBy(w => w.X).Select(w => new WidgetRow(w.Id, w.Type, w.X, w.Y, w.Width, w.Height, w.ConfigJson)).ToList());

    public static DashboardDto ToDto(this DashboardRow d) => new(d.Id, d.Name, d.IsDefault,
        d.Widgets.Select(w => new WidgetDto(w.Id, w.Type, w.X, w.Y, w.Width, w.Height, JsonDocument.Parse(w.ConfigJson).RootElement.Clone())).ToList());

    private static readonly Func<Dashboard, DashboardRow> ToRow = Row.Compile();

    public static DashboardDto ToDto(this Dashboard d) => ToRow(d).ToDto();
}

public sealed record DashboardRow(Guid Id, string Name, bool IsDefault, List<WidgetRow> Widgets);

public sealed record WidgetRow(Guid Id, string Type, int X, int Y, int Width, int Height, string ConfigJson);
