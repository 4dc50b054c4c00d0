using AIntops.Domain.Ingest;
using FluentValidation;

namespace AIntops.Application.Analytics;

/// <summary>An analytics query: its filter comes from the query string.</summary>
public interface IAnalyticsQuery
{
    AnalyticsFilter Filter { get; }
}

/// <summary>The filter's rules, named after the query-string parameters; each analytics query's validator includes them.</summary>
public sealed class AnalyticsFilterRules<T> : AbstractValidator<T> where T : IAnalyticsQuery
{
    private static readonly string[] Ranges = [.. AnalyticsFilter.Days.Keys, AnalyticsFilter.MonthToDate, AnalyticsFilter.Custom];

    public AnalyticsFilterRules()
    {
        RuleFor(q => q.Filter.EffectiveRange).Must(Ranges.Contains).OverridePropertyName("range")
            .WithMessage($"range must be one of: {string.Join(", ", Ranges)}.");
        When(q => q.Filter.EffectiveRange == AnalyticsFilter.Custom, () =>
        {
            RuleFor(q => q.Filter.From).NotNull().OverridePropertyName("from").WithMessage("from is required for a custom range.");
            RuleFor(q => q.Filter.To).NotNull().OverridePropertyName("to").WithMessage("to is required for a custom range.");
            RuleFor(q => q.Filter).Must(f => f.From is null || f.To is null || f.To > f.From).OverridePropertyName("to")
                .WithMessage("to must be after from.");
            RuleFor(q => q.Filter).Must(f => f.From is null || f.To is null || (f.To.Value - f.From.Value).TotalDays <= AnalyticsFilter.MaxDays)
                .OverridePropertyName("to").WithMessage($"A range spans at most {AnalyticsFilter.MaxDays} days.");
        });
        RuleFor(q => q.Filter.EffectiveDataMode).Must(m => m == DataModes.AllFilter || DataModes.All.Contains(m)).OverridePropertyName("dataMode")
            .WithMessage($"dataMode must be one of: {string.Join(", ", DataModes.All)}, {DataModes.AllFilter}.");
        RuleFor(q => q.Filter.EffectiveEnvironment).Must(e => e is null || Environments.All.Contains(e)).OverridePropertyName("environment")
            .WithMessage($"environment must be one of: {string.Join(", ", Environments.All)}.");
    }
}
