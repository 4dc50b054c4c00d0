using AIntops.Application.Common.Validation;
using AIntops.Domain.Common;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Organizations.UpdateOrganization;

/// <param name="Plan">free | starter | pro | team | enterprise (monthly ingest limits).</param>
/// <param name="RawRetentionDays">Days raw events are kept (request log, exports).</param>
/// <param name="RollupRetentionDays">Days rollups are kept (dashboards); at least the raw retention.</param>
public sealed record UpdateOrganizationCommand(
    string? Name,
    [OneOf(typeof(UpdateOrganizationValidator), nameof(UpdateOrganizationValidator.Plans))] string? Plan,
    int? RawRetentionDays = null,
    int? RollupRetentionDays = null) : IRequest<Unit>;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator()
    {
        RuleFor(c => c.Name).Must(n => n is null || !string.IsNullOrWhiteSpace(n)).WithMessage("Name must not be empty.")
            .MaximumLength(Limits.NameMaxLength);
        RuleFor(c => c.RawRetentionDays).InclusiveBetween(RetentionPolicy.MinDays, RetentionPolicy.MaxDays);
        RuleFor(c => c.RollupRetentionDays).InclusiveBetween(RetentionPolicy.MinDays, RetentionPolicy.MaxDays)
            .GreaterThanOrEqualTo(c => c.RawRetentionDays).When(c => c.RawRetentionDays is not null)
            .WithMessage("rollupRetentionDays must be at least rawRetentionDays.");
        RuleFor(c => c.Plan).Must(p => p is null || TryParsePlan(p, out _))
            .WithMessage($"Plan must be one of: {string.Join(", ", Plans)}.");
    }

    public static readonly IReadOnlyList<string> Plans = Enum.GetValues<Plan>().Select(p => p.ToString().ToLowerInvariant()).ToList();

    public static bool TryParsePlan(string text, out Plan plan) =>
        Enum.TryParse(text, ignoreCase: true, out plan) && Enum.IsDefined(plan) && !int.TryParse(text, out _);
}

public sealed class UpdateOrganizationHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<UpdateOrganizationCommand, Unit>
{
    public async Task<Unit> Handle(UpdateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, cancellationToken);
        if (request.Name is not null) organization.Rename(request.Name.Trim());
        if (request.Plan is not null && UpdateOrganizationValidator.TryParsePlan(request.Plan, out var plan)) organization.ChangePlan(plan);
        if (request.RawRetentionDays is not null || request.RollupRetentionDays is not null)
            organization.ChangeRetention(request.RawRetentionDays, request.RollupRetentionDays);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
