using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;
using AIntops.Domain.Budgets;
using AIntops.Domain.Common;

namespace AIntops.Application.Budgets;

/// <summary>What creating and replacing a budget both take.</summary>
public interface IBudgetSettings
{
    string Name { get; }
    string Period { get; }
    decimal AmountUsd { get; }
    BudgetThresholdDto? Warning { get; }
    BudgetThresholdDto? Critical { get; }
    BudgetScopeDto? Scope { get; }
    bool HardStop { get; }
    string? Source { get; }
}

public static class BudgetSettingsMapping
{
    public static readonly BudgetThresholdDto DefaultWarning = new(Percent: 80);
    public static readonly BudgetThresholdDto DefaultCritical = new(Percent: 100);

    public static BudgetSettings ToSettings(this IBudgetSettings s)
    {
        var scope = s.Scope ?? new BudgetScopeDto("all");
        var (warning, critical) = s.Thresholds();
        return new BudgetSettings(s.Name.Trim(), BudgetNames.Periods[s.Period], BudgetNames.ScopeKinds[scope.Kind], scope.Value?.Trim(),
            NanoUsd.FromUsd(s.AmountUsd), warning, critical, s.HardStop, s.Source is null ? BudgetSource.Auto : BudgetNames.Sources[s.Source]);
    }

    /// <summary>The thresholds, defaulting to 80% (warning) and 100% (critical) of the amount.</summary>
    public static (BudgetThreshold Warning, BudgetThreshold Critical) Thresholds(this IBudgetSettings s) =>
        (Threshold(s.Warning ?? DefaultWarning), Threshold(s.Critical ?? DefaultCritical));

    private static BudgetThreshold Threshold(BudgetThresholdDto t) => new(t.Percent, t.AmountUsd is { } usd ? NanoUsd.FromUsd(usd) : null);
}

public sealed class BudgetSettingsRules<T> : AbstractValidator<T> where T : IBudgetSettings
{
    public BudgetSettingsRules()
    {
        RuleFor(c => c.Name).NotEmpty().Must(n => n.Trim().Length <= Limits.NameMaxLength)
            .WithMessage($"name must be at most {Limits.NameMaxLength} characters.");
        RuleFor(c => c.Period).NotNull().OneOf(BudgetNames.Periods.Keys, "period");
        RuleFor(c => c.AmountUsd).GreaterThan(0).LessThanOrEqualTo(BudgetLimits.MaxAmountUsd).Must(NanoUsd.IsWhole)
            .WithMessage("amountUsd may have at most nine decimal places.");
        RuleFor(c => c.Source).OneOf(BudgetNames.Sources.Keys, "source");
        RuleFor(c => c.Scope!.Kind).NotNull().OneOf(BudgetNames.ScopeKinds.Keys, "scope.kind").OverridePropertyName("scope.kind").When(c => c.Scope is not null);
        RuleFor(c => c.Scope!.Value).Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= BudgetLimits.ScopeValueMaxLength)
            .OverridePropertyName("scope.value")
            .WithMessage($"scope.value must name the provider or team (at most {BudgetLimits.ScopeValueMaxLength} characters).")
            .When(c => c.Scope?.Kind is "provider" or "team");
        RuleFor(c => c.Scope!.Value).Null().OverridePropertyName("scope.value").WithMessage("scope.value must be left out for scope kind all.")
            .When(c => c.Scope?.Kind == "all");
        RuleFor(c => c.Source).Must(s => s is not ("billed" or "both"))
            .WithMessage("Provider reports carry no teams: a team budget needs source ingest (or auto).").When(c => c.Scope?.Kind == "team");
        Threshold("warning", c => c.Warning);
        Threshold("critical", c => c.Critical);
        RuleFor(c => c).Must(c => WarningBelowCritical(c)).OverridePropertyName("warning")
            .WithMessage("The warning threshold must be below the critical threshold.")
            .When(c => c.AmountUsd > 0 && c.AmountUsd <= BudgetLimits.MaxAmountUsd && IsValid(c.Warning ?? BudgetSettingsMapping.DefaultWarning, c.AmountUsd)
                && IsValid(c.Critical ?? BudgetSettingsMapping.DefaultCritical, c.AmountUsd));
    }

    private void Threshold(string field, Func<T, BudgetThresholdDto?> threshold)
    {
        RuleFor(c => threshold(c)!).Must(t => (t.Percent is null) != (t.AmountUsd is null)).OverridePropertyName(field)
            .WithMessage($"{field} takes exactly one of percent and amountUsd.").When(c => threshold(c) is not null);
        RuleFor(c => threshold(c)!.Percent).GreaterThan(0).LessThanOrEqualTo(BudgetLimits.MaxThresholdPercent)
            .Must(p => p is null || decimal.Round(p.Value, 2) == p.Value).OverridePropertyName($"{field}.percent")
            .WithMessage($"{field}.percent must be above 0 and at most {BudgetLimits.MaxThresholdPercent}, with at most two decimal places.")
            .When(c => threshold(c)?.Percent is not null);
        RuleFor(c => threshold(c)!.AmountUsd).Must((c, usd) => usd > 0 && usd <= c.AmountUsd * BudgetLimits.MaxThresholdFactor && NanoUsd.IsWhole(usd!.Value))
            .OverridePropertyName($"{field}.amountUsd")
            .WithMessage($"{field}.amountUsd must be above 0 and at most {BudgetLimits.MaxThresholdFactor} times the budget's amountUsd.")
            .When(c => threshold(c)?.AmountUsd is not null);
    }

    private static bool IsValid(BudgetThresholdDto t, decimal amountUsd) =>
        (t.Percent is null) != (t.AmountUsd is null)
        && (t.Percent is null || t.Percent > 0 && t.Percent <= BudgetLimits.MaxThresholdPercent)
        && (t.AmountUsd is null || t.AmountUsd > 0 && t.AmountUsd <= amountUsd * BudgetLimits.MaxThresholdFactor);

    private static bool WarningBelowCritical(T c)
    {
        var amount = NanoUsd.FromUsd(c.AmountUsd);
        var (warning, critical) = c.Thresholds();
        return warning.NanoUsdOf(amount) < critical.NanoUsdOf(amount);
    }
}
