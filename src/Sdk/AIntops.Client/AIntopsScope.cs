namespace AIntops.Client;

/// <summary>Who and what a call is for; a null value means "not said here".</summary>
public sealed record AIntopsAttribution(string? Team = null, string? UserId = null, string? EndpointTag = null, string? PromptVersion = null)
{
    /// <summary>These values, with <paramref name="fallback"/>'s where these are null.</summary>
    public AIntopsAttribution Over(AIntopsAttribution? fallback) => fallback is null ? this : new(
        Team ?? fallback.Team, UserId ?? fallback.UserId, EndpointTag ?? fallback.EndpointTag, PromptVersion ?? fallback.PromptVersion);

    internal AIntopsEvent ApplyTo(AIntopsEvent e) => e with
    {
        Team = e.Team ?? Team, UserId = e.UserId ?? UserId, EndpointTag = e.EndpointTag ?? EndpointTag, PromptVersion = e.PromptVersion ?? PromptVersion,
    };
}

/// <summary>
/// Ambient attribution for the LLM calls made inside it (the chat client middleware and the HTTP handler read it):
/// <c>using var _ = AIntopsScope.Begin(team: "payments", endpointTag: "checkout.summary");</c>. Scopes nest: an inner
/// scope's values override the outer ones, and a null value inherits. It flows with async calls (AsyncLocal).
/// </summary>
public static class AIntopsScope
{
    private static readonly AsyncLocal<AIntopsAttribution?> Ambient = new();

    /// <summary>The attribution in force here, or null outside any scope.</summary>
    public static AIntopsAttribution? Current => Ambient.Value;

    public static IDisposable Begin(string? team = null, string? userId = null, string? endpointTag = null, string? promptVersion = null)
    {
        var outer = Ambient.Value;
        Ambient.Value = new AIntopsAttribution(team, userId, endpointTag, promptVersion).Over(outer);
        return new Restore(outer);
    }

    private sealed class Restore(AIntopsAttribution? outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
