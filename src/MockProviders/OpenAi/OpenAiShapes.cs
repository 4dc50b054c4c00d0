using AIntops.MockProviders.Synthetic;
using AIntops.MockProviders.Wire;

namespace AIntops.MockProviders.OpenAi;

/// <summary>The organization usage endpoints: group fields, filters and metric fields as in the OpenAI spec.</summary>
public static class OpenAiShapes
{
    private static readonly string[] KeyedDimensions = ["project_id", "user_id", "api_key_id", "model"];
    private static readonly Dictionary<string, string> KeyedFilters = new()
    {
        ["project_ids"] = "project_id", ["user_ids"] = "user_id", ["api_key_ids"] = "api_key_id", ["models"] = "model",
    };
    private static readonly Dictionary<string, string> ProjectFilter = new() { ["project_ids"] = "project_id" };

    public static readonly IReadOnlyList<ReportShape> Usage =
    [
        new("completions", "organization.usage.completions.result", [.. KeyedDimensions, "batch", "service_tier"],
            new Dictionary<string, string>(KeyedFilters) { ["batch"] = "batch" }, OpenAiSeries.Completions,
            u => Fields(("input_tokens", u.UncachedInput + u.CacheRead + u.CacheWrite5m + u.CacheWrite1h), ("output_tokens", u.Output),
                ("num_model_requests", u.Requests), ("input_cached_tokens", u.CacheRead), ("input_audio_tokens", 0L), ("output_audio_tokens", 0L))),
        Keyed("embeddings", OpenAiSeries.Embeddings, u => Fields(("input_tokens", u.UncachedInput), ("num_model_requests", u.Requests))),
        Keyed("moderations", OpenAiSeries.Moderations, u => Fields(("input_tokens", u.UncachedInput), ("num_model_requests", u.Requests))),
        new("images", "organization.usage.images.result", [.. KeyedDimensions, "size", "source"],
            new Dictionary<string, string>(KeyedFilters) { ["sizes"] = "size", ["sources"] = "source" }, OpenAiSeries.Images,
            u => Fields(("images", u.Requests), ("num_model_requests", u.Requests))),
        Keyed("audio_speeches", OpenAiSeries.AudioSpeeches, u => Fields(("characters", u.Output), ("num_model_requests", u.Requests))),
        Keyed("audio_transcriptions", OpenAiSeries.AudioTranscriptions, u => Fields(("seconds", u.UncachedInput), ("num_model_requests", u.Requests))),
        new("vector_stores", "organization.usage.vector_stores.result", ["project_id"], ProjectFilter, OpenAiSeries.VectorStores,
            u => Fields(("usage_bytes", u.UncachedInput))),
        new("code_interpreter_sessions", "organization.usage.code_interpreter_sessions.result", ["project_id"], ProjectFilter,
            OpenAiSeries.CodeInterpreterSessions, u => Fields(("num_sessions", u.Requests))),
    ];

    private static ReportShape Keyed(string path, IReadOnlyList<UsageSeries> series, Func<TokenCounts, IEnumerable<KeyValuePair<string, object?>>> metrics) =>
        new(path, $"organization.usage.{path}.result", KeyedDimensions, KeyedFilters, series, metrics);

    private static IEnumerable<KeyValuePair<string, object?>> Fields(params (string Name, long Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, object?>(f.Name, f.Value));
}
