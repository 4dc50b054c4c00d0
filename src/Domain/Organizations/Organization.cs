using AIntops.Domain.Ingest;

namespace AIntops.Domain.Organizations;

public sealed class Organization
{
    private Organization() { }

    public Organization(string name, Plan plan, DateTime createdAt)
    {
        Plan = plan;
        Id = Guid.NewGuid();
        Name = name;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Plan Plan { get; private set; }

    public void ChangePlan(Plan plan) => Plan = plan;

    /// <summary>Raw events (request log, exports) are kept this many days.</summary>
    public int RawRetentionDays { get; private set; } = RetentionPolicy.DefaultRawDays;

    /// <summary>Rollups (dashboards, explorer) are kept this many days; never shorter than raw events.</summary>
    public int RollupRetentionDays { get; private set; } = RetentionPolicy.DefaultRollupDays;

    public void ChangeRetention(int? rawDays, int? rollupDays)
    {
        var (raw, rollups) = (rawDays ?? RawRetentionDays, rollupDays ?? RollupRetentionDays);
        if (raw is < RetentionPolicy.MinDays or > RetentionPolicy.MaxDays || rollups is < RetentionPolicy.MinDays or > RetentionPolicy.MaxDays)
            throw new Common.DomainRuleException($"Retention is between {RetentionPolicy.MinDays} and {RetentionPolicy.MaxDays} days.");
        if (rollups < raw) throw new Common.DomainRuleException("Rollups must be kept at least as long as raw events.");
        (RawRetentionDays, RollupRetentionDays) = (raw, rollups);
    }

    public void Rename(string name) => Name = name;

    /// <summary>IANA time zone id (e.g. <c>Europe/Paris</c>) the weekly report's Monday 08:00 is read in.</summary>
    public string TimeZone { get; private set; } = "UTC";

    public void ChangeTimeZone(string timeZone)
    {
        if (!OrganizationTimeZones.IsKnown(timeZone)) throw new Common.DomainRuleException($"Unknown time zone '{timeZone}'.");
        TimeZone = timeZone;
    }

    /// <summary>Whether the input and output text sent on events is kept (redacted and truncated). Off by default.</summary>
    public bool StoreRequestContent { get; private set; }

    /// <summary>Whether members (not only owners and admins) may read stored request content. Off by default.</summary>
    public bool MembersSeeContent { get; private set; }

    /// <summary>Stored request content is kept this many days.</summary>
    public int ContentRetentionDays { get; private set; } = RetentionPolicy.DefaultContentDays;

    public void ChangeContentSettings(bool? store, bool? membersSee, int? retentionDays)
    {
        if (retentionDays is < RetentionPolicy.MinDays or > RetentionPolicy.MaxDays)
            throw new Common.DomainRuleException($"Retention is between {RetentionPolicy.MinDays} and {RetentionPolicy.MaxDays} days.");
        StoreRequestContent = store ?? StoreRequestContent;
        MembersSeeContent = membersSee ?? MembersSeeContent;
        ContentRetentionDays = retentionDays ?? ContentRetentionDays;
    }

    /// <summary>Where this organization's gateway calls to OpenAI go instead of the configured upstream; null: there.</summary>
    public string? GatewayOpenAiUrl { get; private set; }

    /// <summary>Where this organization's gateway calls to Anthropic go instead of the configured upstream; null: there.</summary>
    public string? GatewayAnthropicUrl { get; private set; }

    /// <summary>A null argument keeps that upstream, an empty one goes back to the configured one.</summary>
    public void ChangeGatewayUpstreams(string? openAi, string? anthropic)
    {
        if (openAi is not null) GatewayOpenAiUrl = openAi.Length == 0 ? null : openAi;
        if (anthropic is not null) GatewayAnthropicUrl = anthropic.Length == 0 ? null : anthropic;
    }

    /// <summary>
    /// Moves on whenever the rollups of past days change (late events, deletions, repricing, retention), so
    /// analytics can keep the sums of settled days until it does. Incremented in SQL by those writers.
    /// </summary>
    public long AnalyticsGeneration { get; private set; }

    /// <summary>
    /// Moves on when an event arrives for an hour of today that had already ended, so analytics can keep the sums of
    /// today's settled hours until it does (or until <see cref="AnalyticsGeneration"/> moves). Incremented in SQL by the ingest writer.
    /// </summary>
    public long LateHourGeneration { get; private set; }

    /// <summary>Changes with every membership change, so concurrent changes cannot both pass the last-owner rule.</summary>
    public Guid MembershipVersion { get; private set; } = Guid.NewGuid();

    public void TouchMemberships() => MembershipVersion = Guid.NewGuid();
}
