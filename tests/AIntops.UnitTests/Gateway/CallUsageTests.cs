using System.Text;
using AIntops.Application.Gateway;

namespace AIntops.UnitTests.Gateway;

public sealed class CallUsageTests
{
    private static CallUsage Read(string provider, string? requestModel, params string[] events)
    {
        var usage = CallUsage.For(provider, requestModel);
        foreach (var data in events) usage.ReadEvent(Encoding.UTF8.GetBytes(data));
        return usage;
    }

    [Fact]
    public void An_openai_chat_completion_counts_cached_tokens_inside_the_prompt()
    {
        var usage = CallUsage.For("openai", "gpt-4o");
        usage.ReadBody("""{"model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":2048,"completion_tokens":90,"prompt_tokens_details":{"cached_tokens":1024}}}"""u8.ToArray());

        Assert.Equal(("gpt-4o-2024-08-06", 2048L, 90L, 1024L, 0L),
            (usage.Model, usage.InputTokens, usage.OutputTokens, usage.CachedInputTokens, usage.CacheWriteTokens));
    }

    [Fact]
    public void An_openai_stream_takes_its_usage_from_the_last_chunk_and_skips_done()
    {
        var usage = Read("openai", "gpt-4o",
            """{"model":"gpt-4o-mini","choices":[{"delta":{"content":"Hi"}}],"usage":null}""",
            """{"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3}}""",
            "[DONE]");

        Assert.Equal(("gpt-4o-mini", 12L, 3L), (usage.Model, usage.InputTokens, usage.OutputTokens));
    }

    [Fact]
    public void The_responses_api_reads_input_and_output_tokens_from_the_completed_event()
    {
        var usage = Read("openai", null,
            """{"type":"response.output_text.delta","delta":"Hi"}""",
            """{"type":"response.completed","response":{"model":"gpt-4.1","usage":{"input_tokens":300,"output_tokens":20,"input_tokens_details":{"cached_tokens":128}}}}""");

        Assert.Equal(("gpt-4.1", 300L, 20L, 128L), (usage.Model, usage.InputTokens, usage.OutputTokens, usage.CachedInputTokens));
    }

    [Fact]
    public void An_anthropic_stream_adds_the_cache_parts_to_the_input_and_takes_the_final_output_count()
    {
        var usage = Read("anthropic", "claude-sonnet-4",
            """{"type":"message_start","message":{"model":"claude-sonnet-4-20250514","usage":{"input_tokens":10,"cache_creation_input_tokens":200,"cache_read_input_tokens":300,"output_tokens":1}}}""",
            """{"type":"content_block_delta","delta":{"type":"text_delta","text":"Hi"}}""",
            """{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":57}}""");

        Assert.Equal(("claude-sonnet-4-20250514", 510L, 57L, 300L, 200L),
            (usage.Model, usage.InputTokens, usage.OutputTokens, usage.CachedInputTokens, usage.CacheWriteTokens));
    }

    [Fact]
    public void Cumulative_input_counts_in_a_message_delta_replace_the_starting_ones()
    {
        var usage = Read("anthropic", null,
            """{"type":"message_start","message":{"model":"claude","usage":{"input_tokens":10,"cache_read_input_tokens":5,"output_tokens":1}}}""",
            """{"type":"message_delta","usage":{"cache_read_input_tokens":7,"output_tokens":9}}""");

        Assert.Equal((17L, 7L, 9L), (usage.InputTokens, usage.CachedInputTokens, usage.OutputTokens));
    }

    [Theory]
    [InlineData("openai", """{"error":{"message":"Rate limit","type":"requests","code":"rate_limit_exceeded"}}""", "rate_limit_exceeded")]
    [InlineData("openai", """{"error":{"message":"Oops","type":"server_error","code":null}}""", "server_error")]
    [InlineData("anthropic", """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""", "overloaded_error")]
    public void Error_bodies_give_the_providers_code(string provider, string body, string code)
    {
        var usage = CallUsage.For(provider, "m");
        usage.ReadBody(Encoding.UTF8.GetBytes(body));

        Assert.Equal((code, "m", 0L), (usage.ErrorCode, usage.Model, usage.InputTokens));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"usage":{"prompt_tokens":-5,"completion_tokens":"many"}}""")]
    [InlineData("""{"usage":""")]
    public void What_cannot_be_read_counts_nothing(string body)
    {
        var usage = CallUsage.For("openai", "gpt-4o");
        usage.ReadBody(Encoding.UTF8.GetBytes(body));

        Assert.Equal(("gpt-4o", 0L, 0L, null), (usage.Model, usage.InputTokens, usage.OutputTokens, usage.ErrorCode));
    }
}
