using AIntops.Application.Providers;
using AIntops.Application.Gateway;

namespace AIntops.Api.Gateway;

/// <summary>Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Base URL per provider (<c>Gateway:Upstreams:openai</c>, <c>Gateway:Upstreams:anthropic</c>), called through the outbound guard.</summary>
    public Dictionary<string, string> Upstreams { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [ProviderNames.OpenAi] = "https://api.openai.com",
        [ProviderNames.Anthropic] = "https://api.anthropic.com",
    };

    /// <summary>The largest request body forwarded.</summary>
    public int MaxRequestBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>How long a call may take, answer included, before the gateway gives up on it (504).</summary>
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries of a call that could not connect or was answered 429, 500, 502, 503 or 529 before any byte reached the caller; none by default.</summary>
    public int MaxRetries { get; set; }

    /// <summary>How long the recorder gathers calls before writing them in one pass.</summary>
    public TimeSpan RecordWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Events waiting to be written; a full queue holds the next call's end until there is room, never drops one.</summary>
    public int RecorderCapacity { get; set; } = 10_000;

    /// <summary>A base URL that paths are appended to, whether or not it ends in a slash.</summary>
    public static Uri BaseOf(string url) => new(url.TrimEnd('/') + "/");
}
