using AIntops.Application.Pricing;

namespace AIntops.UnitTests.Pricing;

public sealed class ModelIdsTests
{
    [Theory]
    [InlineData("claude-3-5-sonnet", "claude-3-5-sonnet")]
    [InlineData(" Anthropic/Claude-3.5-Sonnet ", "claude-3-5-sonnet")]
    [InlineData("openai/gpt-4.1", "gpt-4-1")]
    [InlineData("openrouter/openai/gpt-4o", "gpt-4o")]
    [InlineData("azure/gpt-35-turbo", "gpt-35-turbo")]
    [InlineData("models/gemini-2.5-pro", "gemini-2-5-pro")]
    [InlineData("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet-20241022")]
    [InlineData("bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929")]
    [InlineData("anthropic.claude-sonnet-4-6", "claude-sonnet-4-6")]
    [InlineData("claude-3-5-sonnet-V2@20241022", "claude-3-5-sonnet-20241022")]
    [InlineData("vertex_ai/claude-3-7-sonnet@20250219", "claude-3-7-sonnet-20250219")]
    [InlineData("text-embedding-ada-002-v2", "text-embedding-ada-002-v2")]
    [InlineData("gemini-1.0-pro@001", "gemini-1-0-pro@001")]
    [InlineData("meta-llama/Llama-3.1-70B", "meta-llama/llama-3-1-70b")]
    public void Normalise_drops_case_prefixes_and_cloud_wrappers_and_dashes_version_dots(string modelId, string expected) =>
        Assert.Equal(expected, ModelIds.Normalise(modelId));

    [Theory]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o", "20240806")]
    [InlineData("claude-3-5-sonnet-20241022", "claude-3-5-sonnet", "20241022")]
    [InlineData("gpt-4-1-mini-2099-01-01", "gpt-4-1-mini", "20990101")]
    [InlineData("claude-3-5-sonnet-latest", "claude-3-5-sonnet", null)]
    public void A_release_suffix_splits_off_the_family(string normalisedId, string family, string? date) =>
        Assert.Equal(new ModelIds.Release(family, date), ModelIds.ReleaseOf(normalisedId));

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4-0613")]
    [InlineData("gpt-4-1106-preview")]
    [InlineData("gemini-2-0-flash-lite-preview-02-05")]
    [InlineData("model-2024-13-01")]
    [InlineData("model-19991231")]
    public void Ids_without_a_full_date_or_latest_have_no_release(string normalisedId) => Assert.Null(ModelIds.ReleaseOf(normalisedId));
}
