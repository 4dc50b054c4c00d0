using System.Text.Json;
using System.Text.Json.Serialization;
using AIntops.Application.Common.Validation;
using AIntops.Domain.Common;
using AIntops.Domain.Dashboards;

namespace AIntops.Application.Dashboards;

/// <param name="Config" example="{&quot;interval&quot;: &quot;week&quot;}">A JSON object of widget settings; {} when absent.</param>
public sealed record WidgetInput(
    [OneOf(typeof(WidgetTypes), nameof(WidgetTypes.All))] string Type,
    int X,
    int Y,
    int Width,
    int Height,
    JsonElement? Config = null)
{
    [JsonIgnore]
    public string ConfigJson => Config is { ValueKind: JsonValueKind.Object } config ? config.GetRawText() : "{}";
}

/// <summary>A dashboard's name and widgets, as created or saved.</summary>
public interface IDashboardLayout
{
    string Name { get; }
    IReadOnlyList<WidgetInput> Widgets { get; }
}

public sealed class DashboardLayoutRules<T> : AbstractValidator<T> where T : IDashboardLayout
{
    public DashboardLayoutRules()
    {
        RuleFor(d => d.Name).NotEmpty().MaximumLength(Limits.NameMaxLength);
        RuleFor(d => d.Widgets).NotNull().Must(w => w is null || w.Count <= WidgetTypes.MaxWidgets)
            .WithMessage($"A dashboard holds at most {WidgetTypes.MaxWidgets} widgets.");
        RuleForEach(d => d.Widgets).ChildRules(widget =>
        {
            widget.RuleFor(w => w.Type).Must(WidgetTypes.All.Contains).WithMessage($"type must be one of: {string.Join(", ", WidgetTypes.All)}.");
            widget.RuleFor(w => w.X).InclusiveBetween(0, WidgetTypes.GridColumns - 1);
            widget.RuleFor(w => w.Y).InclusiveBetween(0, 1000);
            widget.RuleFor(w => w.Width).InclusiveBetween(1, WidgetTypes.GridColumns);
            widget.RuleFor(w => w.Height).InclusiveBetween(1, 24);
            widget.RuleFor(w => w).Must(w => w.X + w.Width <= WidgetTypes.GridColumns).OverridePropertyName("width")
                .WithMessage($"x + width must fit in the {WidgetTypes.GridColumns}-column grid.");
            widget.RuleFor(w => w.Config).Must(c => c is null || c.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
                .WithMessage("config must be a JSON object.");
            widget.RuleFor(w => w.ConfigJson.Length).LessThanOrEqualTo(WidgetTypes.MaxConfigLength).OverridePropertyName("config")
                .WithMessage($"config must be at most {WidgetTypes.MaxConfigLength} characters of JSON.");
        });
    }
}
