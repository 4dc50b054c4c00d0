using System.Text;
using System.Text.Json.Nodes;
using AIntops.Application.Gateway;

namespace AIntops.UnitTests.Gateway;

public sealed class GatewayRequestTests
{
    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    [Theory]
    [InlineData("""{"messages":[{"model":"inner"}],"model":"gpt-4o","stream":true}""", "gpt-4o")]
    [InlineData("""{"model":42}""", null)]
    [InlineData("""[{"model":"gpt-4o"}]""", null)]
    [InlineData("not json", null)]
    [InlineData("", null)]
    public void The_model_is_read_from_the_top_level_only(string body, string? model) =>
        Assert.Equal(model, GatewayRequest.ModelOf(Bytes(body)));

    [Theory]
    [InlineData("""{"model":"gpt-4o","stream":true}""")]
    [InlineData("""{"model":"gpt-4o","stream":true,"stream_options":{"include_usage":false}}""")]
    [InlineData("""{"model":"gpt-4o","stream":true,"stream_options":null}""")]
    public void A_streamed_chat_completion_is_asked_for_its_usage(string body)
    {
        var sent = JsonNode.Parse(GatewayRequest.WithStreamUsage("openai", "/v1/chat/completions", Bytes(body)))!;

        Assert.True(sent["stream_options"]!["include_usage"]!.GetValue<bool>());
        Assert.Equal("gpt-4o", sent["model"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("openai", "/v1/chat/completions", """{"model":"gpt-4o"}""")]
    [InlineData("openai", "/v1/chat/completions", """{"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true}}""")]
    [InlineData("openai", "/v1/embeddings", """{"model":"text-embedding-3-small","stream":true}""")]
    [InlineData("anthropic", "/v1/messages", """{"model":"claude","stream":true}""")]
    [InlineData("openai", "/v1/chat/completions", """{"stream":true""")]
    public void Every_other_body_is_forwarded_as_it_came(string provider, string path, string body)
    {
        var bytes = Bytes(body);

        Assert.Same(bytes, GatewayRequest.WithStreamUsage(provider, path, bytes));
    }
}
