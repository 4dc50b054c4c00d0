namespace AIntops.MockProviders.Faults;

/// <summary>
/// One injected fault. A request matches when <see cref="Provider"/> and <see cref="Page"/> (when
/// set) agree; the first matching rule is applied and uses up one of its <see cref="Times"/>.
/// </summary>
public sealed class FaultRule
{
    /// <summary><c>openai</c>, <c>anthropic</c>, or null for both.</summary>
    public string? Provider { get; set; }

    /// <summary>Answer with this status and the provider's error body (429, 500, 503, 529…); null = answer normally.</summary>
    public int? Status { get; set; }

    /// <summary>Sent as <c>Retry-After</c> (seconds) with the error.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Answer 200 with this raw text instead of the real page (<c>{}</c>, a page with a field missing, HTML…); not with <see cref="Status"/>.</summary>
    public string? Body { get; set; }

    /// <summary>Wait this long before answering.</summary>
    public int? DelayMs { get; set; }

    /// <summary>Only requests for this page of a paginated result (1 = the first page).</summary>
    public int? Page { get; set; }

    /// <summary>How many matching requests pass untouched before the rule applies (e.g. 1 lets a key check through).</summary>
    public int? Skip { get; set; }

    /// <summary>How many matching requests this rule affects; null = every one until reset.</summary>
    public int? Times { get; set; }

    public FaultRule Copy() => (FaultRule)MemberwiseClone();
}
