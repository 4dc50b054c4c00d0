namespace AIntops.MockProviders.Synthetic;

/// <summary>The synthetic Anthropic organization: two workspaces plus the default one (null), three keys plus Console usage (null key), one spike on coding's Opus.</summary>
public static class AnthropicSeries
{
    public const string Provider = "anthropic";
    private const string Support = "wrkspc_mock_support", Coding = "wrkspc_mock_coding";
    private const string Sonnet = "claude-sonnet-4-5-20250929", Haiku = "claude-haiku-4-5-20251001", Opus = "claude-opus-4-6";

    public static readonly IReadOnlyList<UsageSeries> Messages =
    [
        Series(Sonnet, Support, "apikey_mock_support_prod", 150, 4000, 420, 0.55, 0.08, 0),
        Series(Haiku, Support, "apikey_mock_support_prod", 700, 1500, 200, 0.4, 0.05, 0),
        Series(Sonnet, Coding, "apikey_mock_coding", 60, 12000, 900, 0.7, 0.02, 0.06),
        Series(Opus, Coding, "apikey_mock_coding", 6, 9000, 1200, 0.5, 0.05, 0,
            new SpikeRule(EveryDays: 11, DayOffset: 6, FromHour: 9, ToHour: 13, Factor: 20)),
        Series(Haiku, null, "apikey_mock_default", 90, 800, 150, 0, 0, 0),
        Series(Sonnet, null, null, 4, 2500, 600, 0, 0, 0),
    ];

    private static UsageSeries Series(string model, string? workspace, string? apiKey, double requests, int input, int output,
        double cacheRead, double write5m, double write1h, SpikeRule? spike = null) =>
        new(Provider, new Dictionary<string, object?>
        {
            ["api_key_id"] = apiKey, ["workspace_id"] = workspace, ["model"] = model, ["service_tier"] = "standard",
            ["context_window"] = "0-200k", ["inference_geo"] = "global", ["account_id"] = null, ["service_account_id"] = null,
        }, requests, input, output, cacheRead, write5m, write1h, spike);
}
