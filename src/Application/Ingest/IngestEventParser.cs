using System.Globalization;
using System.Text.Json;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>
/// Reads one event from JSON, collecting an error for every bad field instead of stopping at the
/// first. Unknown fields are ignored; names match case-insensitively.
/// </summary>
public static class IngestEventParser
{
    /// <param name="now">Timestamps more than a day after this are refused.</param>
    public static IngestEvent? Parse(JsonElement json, Dictionary<string, string[]> errors, DateTime now)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors["event"] = ["Each event must be a JSON object."];
            return null;
        }
        var f = new Fields(Index(json), errors);
        var externalRequestId = f.String("externalRequestId", IngestLimits.ExternalRequestIdMaxLength, required: true);
        var model = f.String("model", IngestLimits.DimensionMaxLength, required: true);
        var input = f.Count("inputTokens", IngestLimits.MaxTokens) ?? 0;
        var cached = f.Count("cachedInputTokens", IngestLimits.MaxTokens) ?? 0;
        var cacheWrite = f.Count("cacheWriteTokens", IngestLimits.MaxTokens) ?? 0;
        if (cached + cacheWrite > input && input > 0)
            errors.TryAdd("cachedInputTokens", ["cachedInputTokens plus cacheWriteTokens cannot exceed inputTokens (inputTokens includes them)."]);
        var parsed = new IngestEvent(
            externalRequestId!,
            f.String("provider", IngestLimits.DimensionMaxLength)?.ToLowerInvariant(),
            model!,
            f.String("promptVersion", IngestLimits.DimensionMaxLength),
            f.String("endpointTag", IngestLimits.DimensionMaxLength),
            f.String("userId", IngestLimits.DimensionMaxLength),
            f.String("team", IngestLimits.DimensionMaxLength),
            input,
            f.Count("outputTokens", IngestLimits.MaxTokens) ?? 0,
            f.Count("totalTokens", 2 * IngestLimits.MaxTokens),
            cached,
            cacheWrite,
            f.Count("latencyMs", IngestLimits.MaxLatencyMs),
            f.OneOf("status", CallStatuses.All) ?? CallStatuses.Success,
            f.String("errorCode", IngestLimits.ErrorCodeMaxLength),
            f.OneOf("dataMode", DataModes.All),
            f.OneOf("environment", Environments.All),
            f.Timestamp("timestamp", now.AddDays(1)),
            f.String("promptHash", IngestLimits.PromptHashMaxLength),
            f.Money("costUsd", IngestLimits.MaxCostUsd),
            f.Metadata("metadata"));
        return errors.Count == 0 ? parsed : null;
    }

    /// <summary>One pass over the object; later duplicates of a name win, as in most JSON readers.</summary>
    private static Dictionary<string, JsonElement> Index(JsonElement json)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in json.EnumerateObject())
            if (property.Value.ValueKind != JsonValueKind.Null) properties[property.Name] = property.Value;
        return properties;
    }

    private readonly struct Fields(Dictionary<string, JsonElement> properties, Dictionary<string, string[]> errors)
    {
        private JsonElement? Get(string name) => properties.TryGetValue(name, out var value) ? value : null;

        private void Fail(string name, string message) => errors.TryAdd(name, [message]);

        public string? String(string name, int maxLength, bool required = false)
        {
            var value = Get(name);
            if (value is null)
            {
                if (required) Fail(name, $"{name} is required.");
                return null;
            }
            if (value.Value.ValueKind != JsonValueKind.String) { Fail(name, $"{name} must be a string."); return null; }
            var text = value.Value.GetString()!.Trim();
            if (text.Length == 0) { if (required) Fail(name, $"{name} must not be empty."); return null; }
            if (text.Length > maxLength) { Fail(name, $"{name} must be at most {maxLength} characters."); return null; }
            return text;
        }

        public long? Count(string name, long max)
        {
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt64(out var number))
            {
                Fail(name, $"{name} must be a whole number.");
                return null;
            }
            if (number < 0 || number > max) { Fail(name, $"{name} must be between 0 and {max:N0}."); return null; }
            return number;
        }

        public decimal? Money(string name, decimal max)
        {
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var amount))
            {
                Fail(name, $"{name} must be a number (USD).");
                return null;
            }
            if (amount < 0 || amount > max) { Fail(name, $"{name} must be between 0 and {max:N0} USD."); return null; }
            return amount;
        }

        public string? OneOf(string name, IReadOnlyList<string> allowed)
        {
            var text = String(name, 32)?.ToLowerInvariant();
            if (text is null || allowed.Contains(text)) return text;
            Fail(name, $"{name} must be one of: {string.Join(", ", allowed)}.");
            return null;
        }

        public DateTime? Timestamp(string name, DateTime latest)
        {
            var at = ParseTimestamp(name);
            if (at is null || at <= latest) return at;
            Fail(name, $"{name} is more than a day in the future; send UTC times.");
            return null;
        }

        private DateTime? ParseTimestamp(string name)
        {
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(value.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return parsed.UtcDateTime;
            if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out var unixMs)
                && unixMs is > 0 and < 253402300799999)
                return DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime;
            Fail(name, $"{name} must be an ISO 8601 date-time or Unix milliseconds.");
            return null;
        }

        public string? Metadata(string name)
        {
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Object) { Fail(name, $"{name} must be a JSON object."); return null; }
            var raw = value.Value.GetRawText();
            if (raw.Length > IngestLimits.MetadataMaxBytes) { Fail(name, $"{name} must be at most {IngestLimits.MetadataMaxBytes} bytes."); return null; }
            return raw;
        }
    }
}
