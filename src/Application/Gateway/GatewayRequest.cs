using AIntops.Application.Providers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AIntops.Application.Gateway;

/// <summary>What the gateway reads from, and changes in, the body it forwards.</summary>
public static class GatewayRequest
{
    /// <summary>The request's <c>model</c>, when the body is a JSON object that names one.</summary>
    public static string? ModelOf(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body[0] != (byte)'{') return null;
        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isModel = reader.ValueTextEquals("model"u8);
                reader.Read();
                if (isModel) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    /// <summary>
    /// A streamed OpenAI chat or text completion reports its usage only when asked (<c>stream_options.include_usage</c>); the gateway
    /// asks for it when the caller did not, so the call is counted (docs/adr/0033-gateway.md). Any other body is returned unchanged.
    /// </summary>
    public static byte[] WithStreamUsage(string provider, string path, byte[] body)
    {
        if (provider != ProviderNames.OpenAi || !(path.EndsWith("chat/completions", StringComparison.Ordinal) || path.EndsWith("v1/completions", StringComparison.Ordinal))
            || body.Length == 0 || body[0] != (byte)'{')
            return body;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject request || request["stream"]?.GetValueKind() != JsonValueKind.True) return body;
            if (request["stream_options"] is JsonObject options)
            {
                if (options["include_usage"]?.GetValueKind() == JsonValueKind.True) return body;
                options["include_usage"] = true;
            }
            else request["stream_options"] = new JsonObject { ["include_usage"] = true };
            return JsonSerializer.SerializeToUtf8Bytes(request);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
