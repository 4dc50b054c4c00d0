using System.Text.Json.Serialization;
using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Common.Validation;
using AIntops.Application.Plans;

namespace AIntops.Application.Budgets.UpdateBudget;

/// <summary>Replaces a budget's settings (left-out thresholds, scope and source take their defaults) and evaluates it again.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateBudgetCommand(
    string Name,
    [OneOf(typeof(BudgetNames), nameof(BudgetNames.Periods))] string Period,
    decimal AmountUsd,
    BudgetThresholdDto? Warning = null,
    BudgetThresholdDto? Critical = null,
    BudgetScopeDto? Scope = null,
    bool HardStop = false,
    [OneOf(typeof(BudgetNames), nameof(BudgetNames.Sources))] string? Source = null) : IRequest<BudgetDto>, IBudgetSettings
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateBudgetValidator : AbstractValidator<UpdateBudgetCommand>
{
    public UpdateBudgetValidator() => Include(new BudgetSettingsRules<UpdateBudgetCommand>());
}

public sealed class UpdateBudgetHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, BudgetEvaluator evaluator, PlanGate plan)
    : IRequestHandler<UpdateBudgetCommand, BudgetDto>
{
    public async Task<BudgetDto> Handle(UpdateBudgetCommand request, CancellationToken cancellationToken)
    {
        var budget = await db.FindBudgetAsync(request.Id, cancellationToken);
        if (request.HardStop && !budget.HardStop) await plan.EnsureHardStopAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        budget.Configure(request.ToSettings(), now);
        db.Record(budget.OrganizationId, ActivityTypes.BudgetUpdated, caller.UserId, caller.ClientIp, now, subject: BudgetNames.Name(budget.Period),
            detail: budget.Name);
        await evaluator.EvaluateAsync(budget, cancellationToken);
        return BudgetDto.From(budget);
    }
}
