using System.Text.Json;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>One chat message of an event's input or output.</summary>
public sealed record ChatMessage(string Role, string Content);

/// <summary>An event's input or output as sent: plain text or chat messages (exactly one of them set).</summary>
public sealed record ContentSide(string? Text, IReadOnlyList<ChatMessage>? Messages);

/// <summary>
/// Makes the stored row of an event's content: every text redacted (<see cref="ContentRedactor"/>), then each side cut to
/// <c>maxBytes</c> of UTF-8 text in all, message by message (messages past the size are dropped).
/// </summary>
public static class EventContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RequestContent Build(LlmEvent e, ContentSide? input, ContentSide? output, int maxBytes)
    {
        var counts = new Dictionary<string, int>();
        var truncated = false;
        string? Store(ContentSide? side)
        {
            if (side is null) return null;
            var budget = maxBytes;
            string Cut(string text)
            {
                var redacted = ContentRedactor.Redact(text, counts);
                var cut = ContentRedactor.TruncateUtf8(redacted, budget);
                truncated |= cut.Length < redacted.Length;
                budget -= System.Text.Encoding.UTF8.GetByteCount(cut);
                return cut;
            }
            if (side.Text is { } text) return JsonSerializer.Serialize(Cut(text), Json);
            var kept = new List<ChatMessage>();
            foreach (var message in side.Messages!)
            {
                if (budget <= 0) { truncated = true; break; }
                kept.Add(message with { Content = Cut(message.Content) });
            }
            return JsonSerializer.Serialize(kept, Json);
        }
        return new RequestContent
        {
            EventId = e.Id,
            OrganizationId = e.Labels.OrganizationId,
            InputJson = Store(input),
            OutputJson = Store(output),
            Truncated = truncated,
            RedactionsJson = JsonSerializer.Serialize(counts),
            CreatedAtMs = e.ReceivedAtMs,
        };
    }
}
