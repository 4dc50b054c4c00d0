namespace AIntops.Domain.Ingest;

/// <summary>
/// The input and output text of one stored event, kept only when its organization opted in, redacted and truncated before it is
/// written. A row of its own (one per event, deleted with it), so the raw events table keeps its shape and cost.
/// </summary>
public sealed class RequestContent : IOrganizationScoped
{
    public Guid EventId { get; set; }
    public Guid OrganizationId { get; set; }

    /// <summary>JSON: a string, or an array of <c>{role, content}</c> messages; null when the event sent no input.</summary>
    public string? InputJson { get; set; }

    /// <summary>JSON like <see cref="InputJson"/>.</summary>
    public string? OutputJson { get; set; }

    /// <summary>Either side was cut to the configured size.</summary>
    public bool Truncated { get; set; }

    /// <summary>JSON object: how many of each kind were replaced, e.g. <c>{"email":2}</c>.</summary>
    public string RedactionsJson { get; set; } = "{}";

    public long CreatedAtMs { get; set; }
}
