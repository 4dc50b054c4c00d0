using AIntops.Application.Providers;
using AIntops.Infrastructure.Providers;

namespace AIntops.UnitTests.Providers;

/// <summary>The clients' mapping applied to the providers' own examples, so the real wire shapes are covered and not only the mock's.</summary>
public sealed class FixtureMappingTests
{
    [Fact]
    public void OpenAI_input_tokens_include_cached_ones_and_only_the_rest_is_uncached()
    {
        var page = Fixtures.Page<OpenAiBucket<OpenAiUsageResult>>("openai/adapted_usage_completions_group_by_model_project_page1.json");

        var records = OpenAiMapping.Usage(page, UsageBucketWidth.Day).ToList();

        Assert.True(page.HasMore);
        Assert.Equal("page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=", page.NextPage);
        Assert.Equal(4, records.Count);
        var first = records[0];
        Assert.Equal(new ProviderUsageRecord
        {
            Provider = ProviderNames.OpenAi, BucketStartUtc = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc), BucketWidth = UsageBucketWidth.Day,
            Model = "gpt-4o-2024-08-06", ProjectId = "proj_abc", ApiKeyId = null, UncachedInputTokens = 80_000, CachedInputTokens = 40_000,
            CacheWrite5mTokens = 0, CacheWrite1hTokens = 0, OutputTokens = 18_000, Requests = 310, CostNanoUsd = null,
        }, first);
        Assert.Equal(120_000, first.InputTokens);
        Assert.Equal(new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc), records[3].BucketStartUtc);
    }

    [Fact]
    public void OpenAI_newer_responses_with_uncached_and_cache_write_counts_are_taken_as_given()
    {
        var record = OpenAiMapping.Usage(Fixtures.Page<OpenAiBucket<OpenAiUsageResult>>("openai/spec_example_usage_completions.json"), UsageBucketWidth.Day).Single();

        Assert.Equal((500L, 400L, 100L, 500L, 5L), (record.UncachedInputTokens, record.CachedInputTokens, record.CacheWrite5mTokens, record.OutputTokens, record.Requests!.Value));
        Assert.Equal(1000, record.InputTokens);
        Assert.Null(record.Model);
    }

    [Fact]
    public void OpenAI_observed_output_keeps_unaligned_buckets_and_skips_empty_ones()
    {
        var records = OpenAiMapping.Usage(Fixtures.Page<OpenAiBucket<OpenAiUsageResult>>("openai/observed_cookbook_usage_completions_1d.json"), UsageBucketWidth.Day).ToList();

        Assert.Equal(4, records.Count);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1736616660), records[0].BucketStartUtc);
        Assert.Equal(3718360 - 76544, records[2].UncachedInputTokens);
        Assert.All(records, r => Assert.Null(r.ProjectId));
    }

    [Fact]
    public void OpenAI_cost_line_items_are_summed_per_model_and_project_in_nano_usd()
    {
        var lines = OpenAiMapping.Costs(Fixtures.Page<OpenAiBucket<OpenAiCostResult>>("openai/adapted_costs_group_by_line_item_project.json"));

        var costs = CostRows.Sum(ProviderNames.OpenAi, lines);

        Assert.Equal(2, costs.Count);
        Assert.Equal(530_000_000, costs.Single(c => c.Model == "gpt-4o-2024-08-06").CostNanoUsd);
        Assert.Equal(84_000_000, costs.Single(c => c.Model == "gpt-4o-mini-2024-07-18").CostNanoUsd);
        Assert.All(costs, c => Assert.Equal(("proj_abc", UsageBucketWidth.Day, 0L), (c.ProjectId, c.BucketWidth, c.InputTokens)));
    }

    [Theory]
    [InlineData("openai/spec_example_costs.json")]
    [InlineData("openai/spec2025_example_costs.json")]
    public void OpenAI_ungrouped_costs_of_either_spec_version_are_one_row_without_model(string fixture)
    {
        var cost = CostRows.Sum(ProviderNames.OpenAi, OpenAiMapping.Costs(Fixtures.Page<OpenAiBucket<OpenAiCostResult>>(fixture))).Single();

        Assert.Equal((null, null, 60_000_000L), (cost.Model, cost.ProjectId, cost.CostNanoUsd!.Value));
    }

    [Theory]
    [InlineData("gpt-4o-2024-08-06, cached input", "gpt-4o-2024-08-06")]
    [InlineData("ft-gpt-4o-2024-08-06, input", "ft-gpt-4o-2024-08-06")]
    [InlineData("web search tool calls", "web search tool calls")]
    [InlineData(null, null)]
    public void OpenAI_line_items_name_their_model(string? lineItem, string? model) => Assert.Equal(model, OpenAiMapping.ModelOf(lineItem));

    [Fact]
    public void Anthropic_reports_uncached_cache_read_and_both_cache_write_lifetimes_apart()
    {
        var record = AnthropicMapping.Usage(Fixtures.Page<AnthropicBucket<AnthropicUsageResult>>("anthropic/docs_example_usage_report_messages.json"), UsageBucketWidth.Day).Single();

        Assert.Equal(new ProviderUsageRecord
        {
            Provider = ProviderNames.Anthropic, BucketStartUtc = new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), BucketWidth = UsageBucketWidth.Day,
            Model = "claude-opus-4-6", ProjectId = "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", ApiKeyId = "apikey_01Rj2N8SVvo6BePZj99NhmiT",
            UncachedInputTokens = 1500, CachedInputTokens = 200, CacheWrite5mTokens = 500, CacheWrite1hTokens = 1000, OutputTokens = 500,
            Requests = null, CostNanoUsd = null,
        }, record);
        Assert.Equal(DateTimeKind.Utc, record.BucketStartUtc.Kind);
        Assert.Equal(3200, record.InputTokens);
    }

    [Fact]
    public void Anthropic_ungrouped_usage_has_null_dimensions_and_an_empty_bucket_gives_nothing()
    {
        var page = Fixtures.Page<AnthropicBucket<AnthropicUsageResult>>("anthropic/adapted_usage_report_messages_ungrouped_page1.json");

        var record = AnthropicMapping.Usage(page, UsageBucketWidth.Day).Single();

        Assert.Equal((null, null, null), (record.Model, record.ProjectId, record.ApiKeyId));
        Assert.Equal((267751L, 48000L, 12000L, 0L), (record.UncachedInputTokens, record.CachedInputTokens, record.CacheWrite5mTokens, record.CacheWrite1hTokens));
        Assert.Equal(("page_MjAyNS0wMS0wM1QwMDowMDowMFo=", 2), (page.NextPage, page.Data.Count));
    }

    [Fact]
    public void Anthropic_cost_lines_in_cents_become_nano_usd_per_model_or_description_and_workspace()
    {
        var lines = AnthropicMapping.Costs(Fixtures.Page<AnthropicBucket<AnthropicCostResult>>("anthropic/adapted_cost_report_group_by_workspace_description.json"));

        var costs = CostRows.Sum(ProviderNames.Anthropic, lines);

        Assert.Equal(1_362_000_000, costs.Single(c => c.Model == "claude-sonnet-4-20250514").CostNanoUsd);
        Assert.Equal(30_000_000, costs.Single(c => c.Model == "Web Search Usage").CostNanoUsd);
        var codeExecution = costs.Single(c => c.Model == "Code Execution Usage");
        Assert.Equal((null, 50_000_000L), (codeExecution.ProjectId, codeExecution.CostNanoUsd!.Value));
    }

    [Theory]
    [InlineData("123.78912", 1_237_891_200)]
    [InlineData("144.20000", 1_442_000_000)]
    [InlineData("0.0000001", 1)]
    [InlineData("0", 0)]
    public void Anthropic_cents_convert_to_nano_usd_exactly(string cents, long nanoUsd) => Assert.Equal(nanoUsd, AnthropicMapping.CentsToNanoUsd(cents));
}
