using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>
/// Reads one event from JSON, collecting an error for every bad field instead of stopping at the
/// first. Unknown fields are ignored; names match case-insensitively.
/// </summary>
public static class IngestEventParser
{
    /// <summary>The fields an ingest event may carry, as sent (camelCase).</summary>
    public static IReadOnlyList<string> FieldNames => Names;

    private static readonly string[] Names =
    [
        "externalRequestId", "provider", "model", "promptVersion", "endpointTag", "userId", "team", "inputTokens", "outputTokens",
        "totalTokens", "cachedInputTokens", "cacheWriteTokens", "latencyMs", "status", "errorCode", "dataMode", "environment",
        "timestamp", "promptHash", "costUsd", "metadata", "input", "output",
    ];

    private static readonly byte[][] Utf8Names = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>C0 and C1 control characters and DEL; PostgreSQL refuses NUL in text, and none belongs in a name or id.</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    private const int OneOfMaxLength = 32;

    /// <summary>A text field's rules: trimmed, at most <paramref name="maxLength"/> characters, no control characters; null when empty or refused.</summary>
    public static string? CheckText(string name, string value, int maxLength, out string? problem)
    {
        problem = null;
        var text = value.Trim();
        if (text.Length == 0) return null;
        if (text.Length > maxLength) problem = $"{name} must be at most {maxLength} characters.";
        else if (text.AsSpan().ContainsAny(ControlCharacters)) problem = $"{name} must not contain control characters.";
        return problem is null ? text : null;
    }

    /// <summary>A field that takes one of <paramref name="allowed"/>, in any case; null when empty or refused.</summary>
    public static string? CheckOneOf(string name, string value, IReadOnlyList<string> allowed, out string? problem)
    {
        var text = CheckText(name, value, OneOfMaxLength, out problem)?.ToLowerInvariant();
        if (text is null || allowed.Contains(text)) return text;
        problem = NotOneOf(name, allowed);
        return null;
    }

    private static string NotOneOf(string name, IReadOnlyList<string> allowed) => $"{name} must be one of: {string.Join(", ", allowed)}.";

    /// <param name="now">Timestamps more than a day after this are refused.</param>
    /// <param name="errors">Created on the first bad field, with an entry per bad field.</param>
    public static IngestEvent? Parse(JsonElement json, DateTime now, out Dictionary<string, string[]>? errors)
    {
        errors = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors = new() { ["event"] = ["Each event must be a JSON object."] };
            return null;
        }
        try
        {
            return ParseObject(json, now, ref errors);
        }
        catch (InvalidOperationException)
        {
            // JsonElement refuses to read text that escapes a lone surrogate (invalid UTF-16), in names and values alike.
            errors = new() { ["event"] = ["The event escapes a lone surrogate (\\ud800-\\udfff without its pair); send valid Unicode text."] };
            return null;
        }
    }

    private static IngestEvent? ParseObject(JsonElement json, DateTime now, ref Dictionary<string, string[]>? errors)
    {
        var values = new FieldValues();
        Index(json, values);
        var f = new Fields(values, ref errors);
        var externalRequestId = f.String("externalRequestId", IngestLimits.ExternalRequestIdMaxLength, required: true);
        var model = f.String("model", IngestLimits.DimensionMaxLength, required: true);
        var input = f.Count("inputTokens", IngestLimits.MaxTokens) ?? 0;
        var cached = f.Count("cachedInputTokens", IngestLimits.MaxTokens) ?? 0;
        var cacheWrite = f.Count("cacheWriteTokens", IngestLimits.MaxTokens) ?? 0;
        if (cached + cacheWrite > input && input > 0)
            f.Fail("cachedInputTokens", "cachedInputTokens plus cacheWriteTokens cannot exceed inputTokens (inputTokens includes them).");
        var parsed = new IngestEvent
        {
            ExternalRequestId = externalRequestId!,
            Provider = f.String("provider", IngestLimits.DimensionMaxLength)?.ToLowerInvariant(),
            Model = model!,
            PromptVersion = f.String("promptVersion", IngestLimits.DimensionMaxLength),
            EndpointTag = f.String("endpointTag", IngestLimits.DimensionMaxLength),
            UserId = f.String("userId", IngestLimits.DimensionMaxLength),
            Team = f.String("team", IngestLimits.DimensionMaxLength),
            InputTokens = input,
            OutputTokens = f.Count("outputTokens", IngestLimits.MaxTokens) ?? 0,
            TotalTokens = f.Count("totalTokens", 2 * IngestLimits.MaxTokens),
            CachedInputTokens = cached,
            CacheWriteTokens = cacheWrite,
            LatencyMs = f.Count("latencyMs", IngestLimits.MaxLatencyMs),
            Status = f.OneOf("status", CallStatuses.All) ?? CallStatuses.Success,
            ErrorCode = f.String("errorCode", IngestLimits.ErrorCodeMaxLength),
            DataMode = f.OneOf("dataMode", DataModes.All),
            Environment = f.OneOf("environment", Environments.All),
            Timestamp = f.Timestamp("timestamp", now.AddDays(1)),
            PromptHash = f.String("promptHash", IngestLimits.PromptHashMaxLength),
            CostUsd = f.Money("costUsd", IngestLimits.MaxCostUsd),
            MetadataJson = f.Metadata("metadata", out var workflow),
            Workflow = workflow,
            Input = f.Content("input"),
            Output = f.Content("output"),
        };
        return errors is null ? parsed : null;
    }

    /// <summary>
    /// One pass over the object; later duplicates of a name win, as in most JSON readers. Names are
    /// matched on their UTF-8 bytes first, so the usual exact spelling allocates nothing.
    /// </summary>
    private static void Index(JsonElement json, Span<JsonElement> values)
    {
        foreach (var property in json.EnumerateObject())
            if (property.Value.ValueKind != JsonValueKind.Null && FieldOf(property) is var field and >= 0) values[field] = property.Value;
    }

    private static int FieldOf(JsonProperty property)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
            if (property.NameEquals(Utf8Names[i])) return i;
        var name = property.Name;
        return Array.FindIndex(Names, known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
    }

    [InlineArray(23)]
    private struct FieldValues
    {
        private JsonElement _first;
    }

    private readonly ref struct Fields
    {
        private readonly Span<JsonElement> _values;
        private readonly ref Dictionary<string, string[]>? _errors;

        public Fields(Span<JsonElement> values, ref Dictionary<string, string[]>? errors)
        {
            _values = values;
            _errors = ref errors;
        }

        private JsonElement? Get(string name) =>
            _values[Array.IndexOf(Names, name)] is { ValueKind: not JsonValueKind.Undefined } value ? value : null;

        public void Fail(string name, string message) => (_errors ??= new()).TryAdd(name, [message]);

        public string? String(string name, int maxLength, bool required = false) => String(name, Get(name), maxLength, required);

        private string? String(string name, JsonElement? value, int maxLength, bool required)
        {
            if (value is null)
            {
                if (required) Fail(name, $"{name} is required.");
                return null;
            }
            if (value.Value.ValueKind != JsonValueKind.String) { Fail(name, $"{name} must be a string."); return null; }
            var text = CheckText(name, value.Value.GetString()!, maxLength, out var problem);
            if (problem is not null) Fail(name, problem);
            else if (text is null && required) Fail(name, $"{name} must not be empty.");
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
            if (Get(name) is { ValueKind: JsonValueKind.String } exact)
                foreach (var known in allowed)
                    if (exact.ValueEquals(known)) return known;
            var text = String(name, OneOfMaxLength)?.ToLowerInvariant();
            if (text is null || allowed.Contains(text)) return text;
            Fail(name, NotOneOf(name, allowed));
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

        /// <param name="workflow">The object's <c>workflow</c>: a string limited like the other attribution strings.</param>
        public string? Metadata(string name, out string? workflow)
        {
            workflow = null;
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Object) { Fail(name, $"{name} must be a JSON object."); return null; }
            var raw = value.Value.GetRawText();
            if (raw.Length > IngestLimits.MetadataMaxBytes) { Fail(name, $"{name} must be at most {IngestLimits.MetadataMaxBytes} bytes."); return null; }
            if (value.Value.TryGetProperty("workflow", out var sent) && sent.ValueKind != JsonValueKind.Null)
                workflow = String($"{name}.workflow", sent, IngestLimits.DimensionMaxLength, required: false);
            return raw;
        }

        /// <summary>A string, or an array of <c>{role, content}</c> messages whose content is a string (other message fields are ignored).</summary>
        public ContentSide? Content(string name)
        {
            var value = Get(name);
            if (value is null) return null;
            if (value.Value.ValueKind == JsonValueKind.String)
                return Text(name, value.Value) is { } text ? new ContentSide(text, null) : null;
            if (value.Value.ValueKind != JsonValueKind.Array)
            {
                Fail(name, $"{name} must be a string or an array of {{role, content}} messages.");
                return null;
            }
            var messages = new List<ChatMessage>();
            foreach (var (message, i) in value.Value.EnumerateArray().Select((m, i) => (m, i)))
            {
                if (message.ValueKind != JsonValueKind.Object
                    || !message.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
                    || !message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
                {
                    Fail(name, $"{name}[{i}] must be an object with a string role and a string content.");
                    return null;
                }
                var roleText = role.GetString()!.Trim();
                if (roleText.Length is 0 or > IngestLimits.ContentRoleMaxLength || roleText.AsSpan().ContainsAny(ControlCharacters))
                {
                    Fail(name, $"{name}[{i}].role must be 1 to {IngestLimits.ContentRoleMaxLength} characters without control characters.");
                    return null;
                }
                if (Text($"{name}[{i}].content", content) is not { } text) return null;
                messages.Add(new ChatMessage(roleText, text));
            }
            return new ContentSide(null, messages);
        }

        /// <summary>PostgreSQL refuses NUL in text; every other character is kept.</summary>
        private string? Text(string name, JsonElement value)
        {
            var text = value.GetString()!;
            if (!text.Contains('\0')) return text;
            Fail(name.Split('[')[0], $"{name} must not contain NUL characters (\\u0000).");
            return null;
        }
    }
}
