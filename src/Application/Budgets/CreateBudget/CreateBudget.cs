using System.Text.Json.Serialization;
using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Common.Validation;
using AIntops.Application.Plans;
using AIntops.Domain.Budgets;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Budgets.CreateBudget;

/// <summary>A new budget; it is evaluated at once, then by the budget monitoring job.</summary>
/// <param name="Period">monthly or rolling_30d.</param>
/// <param name="AmountUsd">The budget for the period, in USD.</param>
/// <param name="Warning">Default: 80% of the amount.</param>
/// <param name="Critical">Default: 100% of the amount. Must be above warning.</param>
/// <param name="Scope">Default: all providers.</param>
/// <param name="HardStop">At critical, ingest answers budgetExceeded=true and GET /v1/budgets/status answers allowed=false.</param>
/// <param name="Source">blended (default: the figures the dashboards show, provider billing attributed by telemetry), telemetry, billed, or both (the larger of telemetry and billed). Team budgets read what telemetry attributes to the team; auto and ingest are accepted for blended and telemetry.</param>
/// <param name="DryRun">Only measure: the budget's spend to date, state and forecast as if it existed; nothing is saved and no alert is raised.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateBudgetCommand(
    string Name,
    [OneOf(typeof(BudgetNames), nameof(BudgetNames.Periods))] string Period,
    decimal AmountUsd,
    BudgetThresholdDto? Warning = null,
    BudgetThresholdDto? Critical = null,
    BudgetScopeDto? Scope = null,
    bool HardStop = false,
    [OneOf(typeof(BudgetNames), nameof(BudgetNames.Sources))] string? Source = null,
    [property: JsonIgnore] bool DryRun = false) : IRequest<BudgetDto>, IBudgetSettings;

public sealed class CreateBudgetValidator : AbstractValidator<CreateBudgetCommand>
{
    public CreateBudgetValidator() => Include(new BudgetSettingsRules<CreateBudgetCommand>());
}

public sealed class CreateBudgetHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, BudgetEvaluator evaluator, PlanGate plan)
    : IRequestHandler<CreateBudgetCommand, BudgetDto>
{
    public async Task<BudgetDto> Handle(CreateBudgetCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var now = clock.GetUtcNow().UtcDateTime;
        var budget = new Budget(organizationId, request.ToSettings(), caller.RequireUserId(), now);
        if (request.DryRun)
        {
            await evaluator.MeasureAsync(budget, cancellationToken);
            return BudgetDto.From(budget);
        }
        if (budget.HardStop) await plan.EnsureHardStopAsync(cancellationToken);
        db.Budgets.Add(budget);
        (await db.OnboardingSteps.FirstOrDefaultAsync(s => s.Key == OnboardingStep.SetBudget, cancellationToken))?.Complete(now);
        db.Record(organizationId, ActivityTypes.BudgetCreated, caller.UserId, caller.ClientIp, now, subject: BudgetNames.Name(budget.Period), detail: budget.Name);
        await evaluator.EvaluateAsync(budget, cancellationToken);
        return BudgetDto.From(budget);
    }
}
