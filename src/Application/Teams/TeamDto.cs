using AIntops.Domain.Common;
using AIntops.Domain.Ingest;
using AIntops.Domain.Teams;

namespace AIntops.Application.Teams;

public sealed record TeamMemberDto(Guid UserId, string Email, string Name);

/// <summary>A team, the telemetry keys it is known by and how many members and API keys it has.</summary>
public sealed record TeamDto
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The values of events' team that mean this team, in order.</summary>
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>The first key: the value analytics filter and group the team by.</summary>
    public required string PrimaryKey { get; init; }

    public required int MemberCount { get; init; }

    /// <summary>Active API keys bound to the team.</summary>
    public required int ApiKeyCount { get; init; }

    /// <summary>Only when one team is read.</summary>
    public IReadOnlyList<TeamMemberDto>? Members { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <summary>What a team owner or admin sets: a name and the telemetry keys.</summary>
public interface ITeamSettings
{
    string Name { get; }
    IReadOnlyList<string> Keys { get; }
}

public sealed class TeamSettingsRules<T> : AbstractValidator<T> where T : ITeamSettings
{
    public TeamSettingsRules()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).OverridePropertyName("name").WithMessage("Name is required.")
            .MaximumLength(Limits.NameMaxLength).OverridePropertyName("name");
        RuleFor(c => c.Keys).NotNull().Must(k => k.Count > 0).OverridePropertyName("keys").WithMessage("A team needs at least one telemetry key.");
        RuleFor(c => c.Keys).Must(k => k.Count <= TeamLimits.MaxKeys).When(c => c.Keys is not null).OverridePropertyName("keys")
            .WithMessage($"A team has at most {TeamLimits.MaxKeys} telemetry keys.");
        RuleForEach(c => c.Keys).Must(k => !string.IsNullOrWhiteSpace(k)).OverridePropertyName("keys").WithMessage("Keys cannot be empty.")
            .Must(k => k is null || k.Trim().Length <= IngestLimits.DimensionMaxLength).OverridePropertyName("keys")
            .WithMessage($"A key has at most {IngestLimits.DimensionMaxLength} characters.");
        RuleFor(c => c.Keys).Must(k => TeamKeys.Normalised(k).Distinct(StringComparer.Ordinal).Count() == k.Count)
            .When(c => c.Keys is not null && c.Keys.All(k => !string.IsNullOrWhiteSpace(k))).OverridePropertyName("keys").WithMessage("Each key may be listed once.");
    }
}

public static class TeamKeys
{
    /// <summary>Keys as events store a team: trimmed.</summary>
    public static IReadOnlyList<string> Normalised(IEnumerable<string> keys) => [.. keys.Select(k => k.Trim())];

    /// <summary>Throws a validation error naming the field when another team of the organization has the name (in any case) or one of the keys.</summary>
    public static async Task EnsureFreeAsync(this IAppDbContext db, string name, IReadOnlyList<string> keys, Guid? teamId, CancellationToken cancellationToken)
    {
        var names = await db.Teams.Where(t => t.Id != teamId).Select(t => t.Name).ToListAsync(cancellationToken);
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("name", $"A team named {name} already exists.")]);
        var taken = await db.TeamKeys.Where(k => k.TeamId != teamId && keys.Contains(k.Key)).Select(k => k.Key).FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("keys", $"The key {taken} already belongs to another team.")]);
    }

    public static async Task<Team> FindTeamAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Teams.Include(t => t.Keys).Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException("No team with that id in this organization.");

    public static async Task<TeamDto> ReadTeamAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await db.ReadTeamsAsync(db.Teams.Where(t => t.Id == id), withMembers: true, cancellationToken)).FirstOrDefault()
        ?? throw new NotFoundException("No team with that id in this organization.");

    /// <summary>The teams as the API shows them, with their counts; members listed when <paramref name="withMembers"/>.</summary>
    public static async Task<List<TeamDto>> ReadTeamsAsync(this IAppDbContext db, IQueryable<Team> teams, bool withMembers, CancellationToken cancellationToken)
    {
        var rows = await teams.AsNoTracking().Include(t => t.Keys).Include(t => t.Members).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var ids = rows.Select(t => t.Id).ToList();
        var apiKeys = await db.ApiKeys.Where(k => k.TeamId != null && ids.Contains(k.TeamId.Value) && k.RevokedAt == null)
            .GroupBy(k => k.TeamId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var memberIds = rows.SelectMany(t => t.Members.Select(m => m.UserId)).Distinct().ToList();
        var users = withMembers
            ? await db.Memberships.Where(m => memberIds.Contains(m.UserId)).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamMemberDto(u.Id, u.Email, u.Name))
                .ToDictionaryAsync(u => u.UserId, cancellationToken)
            : [];
        return [.. rows.Select(t => new TeamDto
        {
            Id = t.Id,
            Name = t.Name,
            Keys = [.. t.Keys.Select(k => k.Key)],
            PrimaryKey = t.PrimaryKey,
            MemberCount = t.Members.Count,
            ApiKeyCount = apiKeys.GetValueOrDefault(t.Id),
            Members = withMembers ? [.. t.Members.Select(m => users.GetValueOrDefault(m.UserId)).OfType<TeamMemberDto>().OrderBy(m => m.Name)] : null,
            CreatedAt = t.CreatedAt,
            UpdatedAt = t.UpdatedAt,
        })];
    }
}
