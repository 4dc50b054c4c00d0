using AIntops.Application.Common.Validation;
using AIntops.Domain.Common;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Application.ApiKeys.CreateApiKey;

/// <param name="Team">Team text for events sent with this key that name none (keys made before teams; prefer teamId).</param>
/// <param name="Environment">Default environment for events sent with this key that name none.</param>
/// <param name="TeamId">A team of the organization: events sent with this key that name no team take its primary key.</param>
public sealed record CreateApiKeyCommand(
    string Name,
    string? Team,
    [OneOf(typeof(Environments), nameof(Environments.All))] string? Environment,
    Guid? TeamId = null) : IRequest<ApiKeyCreated>;

/// <param name="Key">The full key. It is shown only in this response.</param>
public sealed record ApiKeyCreated(Guid Id, string Name, string Prefix, string Key, string? Team, string? Environment, DateTime CreatedAt, Guid? TeamId);

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name is required.")
            .MaximumLength(Limits.NameMaxLength);
        RuleFor(c => c.Team).MaximumLength(IngestLimits.DimensionMaxLength);
        RuleFor(c => c.Environment).OneOf(Environments.All, "environment");
    }
}

public sealed class CreateApiKeyHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<CreateApiKeyCommand, ApiKeyCreated>
{
    public async Task<ApiKeyCreated> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (key, prefix, hash) = ApiKeySecrets.Create();
        var apiKey = new ApiKey(caller.RequireOrganizationId(), request.Name.Trim(), prefix, hash,
            string.IsNullOrWhiteSpace(request.Team) ? null : request.Team.Trim(), request.Environment, caller.RequireUserId(), now);
        apiKey.Change(apiKey.Name, await db.EnsureTeamAsync(request.TeamId, cancellationToken));
        db.ApiKeys.Add(apiKey);
        (await db.OnboardingSteps.FirstOrDefaultAsync(s => s.Key == OnboardingStep.CreateApiKey, cancellationToken))?.Complete(now);
        db.Record(apiKey.OrganizationId, ActivityTypes.ApiKeyCreated, caller.UserId, caller.ClientIp, now, subject: prefix, detail: apiKey.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyCreated(apiKey.Id, apiKey.Name, prefix, key, apiKey.Team, apiKey.Environment, now, apiKey.TeamId);
    }
}
