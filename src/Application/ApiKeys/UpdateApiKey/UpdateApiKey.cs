using System.Text.Json.Serialization;
using AIntops.Domain.Common;

namespace AIntops.Application.ApiKeys.UpdateApiKey;

/// <summary>Renames a key and binds it to a team (or to none); ingest with it takes the change within seconds on every instance.</summary>
/// <param name="TeamId">A team of the organization whose primary key events sent with this key and no team take; null for none.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateApiKeyCommand(string Name, Guid? TeamId) : IRequest<Unit>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateApiKeyValidator : AbstractValidator<UpdateApiKeyCommand>
{
    public UpdateApiKeyValidator() =>
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name is required.").MaximumLength(Limits.NameMaxLength);
}

public sealed class UpdateApiKeyHandler(IAppDbContext db) : IRequestHandler<UpdateApiKeyCommand, Unit>
{
    public async Task<Unit> Handle(UpdateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await db.FindApiKeyAsync(request.Id, cancellationToken);
        apiKey.Change(request.Name.Trim(), await db.EnsureTeamAsync(request.TeamId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
