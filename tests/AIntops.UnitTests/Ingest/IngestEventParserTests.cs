using System.Text.Json;
using AIntops.Application.Ingest;

namespace AIntops.UnitTests.Ingest;

public sealed class IngestEventParserTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    private static (IngestEvent? Event, Dictionary<string, string[]>? Errors) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parsed = IngestEventParser.Parse(document.RootElement, Now, out var errors);
        return (parsed, errors);
    }

    [Fact]
    public void Names_match_in_any_case_and_unknown_fields_are_ignored()
    {
        var (e, errors) = Parse("""{"EXTERNALREQUESTID":"r1","Model":"gpt-4o","inputtokens":10,"Status":"ERROR","extra":{"x":1}}""");
        Assert.Null(errors);
        Assert.Equal("r1", e!.ExternalRequestId);
        Assert.Equal("gpt-4o", e.Model);
        Assert.Equal(10, e.InputTokens);
        Assert.Equal("error", e.Status);
    }

    [Fact]
    public void A_later_duplicate_wins_and_null_means_absent()
    {
        var (e, errors) = Parse("""{"externalRequestId":"r1","model":"bad","model":"gpt-4o","team":"a","team":null,"outputTokens":null}""");
        Assert.Null(errors);
        Assert.Equal("gpt-4o", e!.Model);
        Assert.Equal("a", e.Team);
        Assert.Equal(0, e.OutputTokens);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var (e, errors) = Parse("""{"model":" ","inputTokens":-1,"latencyMs":"fast","dataMode":"prod","timestamp":"2030-01-01T00:00:00Z"}""");
        Assert.Null(e);
        Assert.Equal(["dataMode", "externalRequestId", "inputTokens", "latencyMs", "model", "timestamp"], errors!.Keys.Order());
    }

    [Fact]
    public void Strings_are_trimmed_and_a_non_object_is_refused()
    {
        Assert.Equal("v2", Parse("""{"externalRequestId":"r","model":"m","promptVersion":"  v2 "}""").Event!.PromptVersion);
        Assert.Equal(["event"], Parse("[1]").Errors!.Keys);
    }

    [Theory]
    [InlineData("externalRequestId", "r\\u0000")]
    [InlineData("model", "gpt\\u001b[31m")]
    [InlineData("team", "a\\u007fb")]
    [InlineData("userId", "u\\u0085x")]
    public void Control_characters_are_refused_naming_the_field(string field, string value)
    {
        var fields = new Dictionary<string, string> { ["externalRequestId"] = "r1", ["model"] = "gpt-4o", [field] = value };
        var (e, errors) = Parse("{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":\"{f.Value}\"")) + "}");
        Assert.Null(e);
        Assert.Equal([field], errors!.Keys);
    }

    [Theory]
    [InlineData("""{"externalRequestId":"r1","model":"gpt-4o","team":"a\ud800b"}""")]
    [InlineData("""{"externalRequestId":"r1","model":"gpt-4o","status":"success\udc00"}""")]
    [InlineData("""{"externalRequestId":"r1","model":"gpt-4o","te\ud800am":"x"}""")]
    public void Text_escaping_a_lone_surrogate_is_refused_as_an_invalid_event(string json)
    {
        var (e, errors) = Parse(json);
        Assert.Null(e);
        Assert.Equal(["event"], errors!.Keys);
    }

    [Fact]
    public void Input_and_output_are_text_or_chat_messages()
    {
        var (e, errors) = Parse("""{"externalRequestId":"r1","model":"gpt-4o","input":[{"role":"user","content":"hi","name":"x"}],"output":"hello"}""");
        Assert.Null(errors);
        Assert.Equal([new ChatMessage("user", "hi")], e!.Input!.Messages!);
        Assert.Equal("hello", e.Output!.Text);
        Assert.Null(Parse("""{"externalRequestId":"r1","model":"gpt-4o"}""").Event!.Input);
    }

    [Theory]
    [InlineData("input", "42")]
    [InlineData("input", "{\"role\":\"user\",\"content\":\"hi\"}")]
    [InlineData("output", "[{\"role\":\"user\"}]")]
    [InlineData("output", "[{\"role\":\"user\",\"content\":[1]}]")]
    [InlineData("input", "[{\"role\":\"\",\"content\":\"hi\"}]")]
    [InlineData("input", "[\"hi\"]")]
    [InlineData("input", "\"a\\u0000b\"")]
    public void Bad_content_shapes_are_refused_naming_the_field(string field, string value)
    {
        var (e, errors) = Parse($$"""{"externalRequestId":"r1","model":"gpt-4o","{{field}}":{{value}}}""");
        Assert.Null(e);
        Assert.Equal([field], errors!.Keys);
    }
}
