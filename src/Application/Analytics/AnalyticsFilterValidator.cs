using AIntops.Application.Common.Validation;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics;

/// <summary>An analytics query: its filter comes from the query string.</summary>
public interface IAnalyticsQuery
{
    AnalyticsFilter Filter { get; }
}

/// <summary>
/// The filter's rules, named after the query-string parameters; each analytics query's validator includes them.
/// Only the views built from provider and model figures can show billed data (the constructor's billed argument).
/// </summary>
public sealed class AnalyticsFilterRules<T> : AbstractValidator<T> where T : IAnalyticsQuery
{
    public AnalyticsFilterRules(bool billed = false)
    {
        RuleFor(q => q.Filter.EffectiveSource).OneOf(AnalyticsFilter.Sources, "source").OverridePropertyName("source");
        When(q => q.Filter.IsBilled, () =>
        {
            RuleFor(q => q.Filter.Source).Must(_ => billed).OverridePropertyName("source")
                .WithMessage("This view needs ingested telemetry: provider reports carry no latency, users, teams or endpoint tags. Use source=ingest.");
            RuleFor(q => q.Filter.Team).Null().OverridePropertyName("team").WithMessage("Provider reports carry no teams: team cannot filter source=billed.");
            RuleFor(q => q.Filter.Environment).Null().OverridePropertyName("environment")
                .WithMessage("Provider reports carry no environments: environment cannot filter source=billed.");
            RuleFor(q => q.Filter.EffectiveDataMode).Equal(DataModes.Real).OverridePropertyName("dataMode")
                .WithMessage("Provider reports are real usage only: dataMode cannot be other than real with source=billed.");
        });
        RuleFor(q => q.Filter.EffectiveRange).OneOf(AnalyticsFilter.Ranges, "range").OverridePropertyName("range");
        When(q => q.Filter.EffectiveRange == AnalyticsFilter.Custom, () =>
        {
            RuleFor(q => q.Filter.From).NotNull().OverridePropertyName("from").WithMessage("from is required for a custom range.");
            RuleFor(q => q.Filter.To).NotNull().OverridePropertyName("to").WithMessage("to is required for a custom range.");
            RuleFor(q => q.Filter).Must(f => f.From is null || f.To is null || f.To > f.From).OverridePropertyName("to")
                .WithMessage("to must be after from.");
            RuleFor(q => q.Filter).Must(f => f.From is null || f.To is null || (f.To.Value - f.From.Value).TotalDays <= AnalyticsFilter.MaxDays)
                .OverridePropertyName("to").WithMessage($"A range spans at most {AnalyticsFilter.MaxDays} days.");
        });
        RuleFor(q => q.Filter.EffectiveDataMode).OneOf(DataModes.Filters, "dataMode").OverridePropertyName("dataMode");
        RuleFor(q => q.Filter.EffectiveEnvironment).OneOf(Environments.All, "environment").OverridePropertyName("environment");
    }
}

public static class AnalyticsRules
{
    /// <summary>An optional limit on listed rows: absent, or 1 to <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, int?> Limit<T>(this IRuleBuilder<T, int?> rule, int max) =>
        rule.InclusiveBetween(1, max).WithMessage($"limit must be between 1 and {max}.");
}
