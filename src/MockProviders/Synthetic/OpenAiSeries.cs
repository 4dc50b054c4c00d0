namespace AIntops.MockProviders.Synthetic;

/// <summary>The synthetic OpenAI organization: three projects, four API keys, one spike on research's gpt-4o.</summary>
public static class OpenAiSeries
{
    public const string Provider = "openai";
    private const string Chatbot = "proj_mock_chatbot", Search = "proj_mock_search", Research = "proj_mock_research";

    public static readonly IReadOnlyList<UsageSeries> Completions =
    [
        Completion("gpt-4o-2024-08-06", Chatbot, "key_mock_chatbot_prod", "user_mock_alice", 90, 1800, 350, 0.35),
        Completion("gpt-4o-mini-2024-07-18", Chatbot, "key_mock_chatbot_prod", "user_mock_alice", 520, 900, 180, 0.45),
        Completion("gpt-4o-mini-2024-07-18", Chatbot, "key_mock_chatbot_staging", "user_mock_bob", 35, 900, 180, 0.2),
        Completion("gpt-4o-mini-2024-07-18", Search, "key_mock_search", "user_mock_carol", 800, 450, 60, 0.15),
        Completion("o3-mini-2025-01-31", Research, "key_mock_research", "user_mock_dave", 25, 3200, 2600, 0.1),
        Completion("gpt-4o-2024-08-06", Research, "key_mock_research", "user_mock_dave", 15, 4500, 900, 0.2,
            new SpikeRule(EveryDays: 9, DayOffset: 4, FromHour: 13, ToHour: 17, Factor: 14)),
    ];

    public static readonly IReadOnlyList<UsageSeries> Embeddings =
        [Simple("text-embedding-3-small", Search, "key_mock_search", "user_mock_carol", 300, 250, 0)];

    public static readonly IReadOnlyList<UsageSeries> Moderations =
        [Simple("omni-moderation-latest", Chatbot, "key_mock_chatbot_prod", "user_mock_alice", 100, 300, 0)];

    public static readonly IReadOnlyList<UsageSeries> Images =
    [
        new(Provider, new Dictionary<string, object?>(Dims("dall-e-3", Chatbot, "key_mock_chatbot_prod", "user_mock_alice"))
            { ["size"] = "1024x1024", ["source"] = "image.generation" }, 3, 0, 0),
    ];

    public static readonly IReadOnlyList<UsageSeries> AudioSpeeches =
        [Simple("tts-1", Chatbot, "key_mock_chatbot_prod", "user_mock_alice", 5, 0, 300)];

    public static readonly IReadOnlyList<UsageSeries> AudioTranscriptions =
        [Simple("whisper-1", Chatbot, "key_mock_chatbot_prod", "user_mock_alice", 8, 45, 0)];

    public static readonly IReadOnlyList<UsageSeries> VectorStores =
        [new(Provider, new Dictionary<string, object?> { ["project_id"] = Search }, 1, 52_428_800, 0)];

    public static readonly IReadOnlyList<UsageSeries> CodeInterpreterSessions =
        [new(Provider, new Dictionary<string, object?> { ["project_id"] = Research }, 2, 0, 0)];

    private static UsageSeries Completion(string model, string project, string apiKey, string user, double requests, int input, int output, double cached, SpikeRule? spike = null) =>
        new(Provider, new Dictionary<string, object?>(Dims(model, project, apiKey, user)) { ["batch"] = false, ["service_tier"] = "default" },
            requests, input, output, CacheReadShare: cached, Spike: spike);

    private static UsageSeries Simple(string model, string project, string apiKey, string user, double requests, int input, int output) =>
        new(Provider, Dims(model, project, apiKey, user), requests, input, output);

    private static Dictionary<string, object?> Dims(string model, string project, string apiKey, string user) =>
        new() { ["project_id"] = project, ["user_id"] = user, ["api_key_id"] = apiKey, ["model"] = model };
}
