using System.Text.RegularExpressions;
using AIntops.Application.Pricing;
using AIntops.Infrastructure.Pricing;

namespace AIntops.UnitTests.Pricing;

public sealed class ModelIdResolutionTests
{
    private static readonly PriceCatalog Catalog = new(PriceCatalogFile.LoadBundled());
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How the catalog matched ids before normalisation: the first model whose pattern matches the id as sent.</summary>
    private static readonly (string Model, Regex Pattern)[] PatternsAsSent = Catalog.Prices.GroupBy(p => p.Model)
        .Select(g => (g.Key, new Regex(g.First().MatchPattern.Replace("(?i)", ""), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToArray();

    /// <summary>Bedrock, Vertex, Azure and fine-tune ids as the catalog patterns spell them.</summary>
    private static readonly string[] CloudIds =
    [
        "anthropic.claude-3-opus-20240229-v1:0", "claude-3-opus@20240229", "anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku@20240307",
        "eu.anthropic.claude-3-5-sonnet-20240620-v1:0", "claude-3-5-sonnet@20240620", "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "claude-3-5-sonnet-V2@20241022", "apac.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku-V1@20241022",
        "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3-7-sonnet-V1@20250219", "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "claude-sonnet-4-5@20250929", "claude-sonnet-4-5-V1@20250929", "anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4@20250514",
        "us.anthropic.claude-opus-4-20250514-v1:0", "claude-opus-4@20250514", "anthropic.claude-opus-4-1-20250805-v1:0", "claude-opus-4-1@20250805",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0", "claude-4-5-haiku@20251001", "eu.anthropic.claude-opus-4-5-20251101-v1:0",
        "global.anthropic.claude-sonnet-4-6", "anthropic.claude-opus-4-6-v1:0", "anthropic.claude-opus-4-7-v1", "global.anthropic.claude-opus-4-8",
        "anthropic.claude-fable-5-v1:0", "us.anthropic.claude-sonnet-5", "claude-sonnet-4-5", "claude-opus-4", "claude-haiku-4-5",
        "claude-3-5-sonnet-latest", "claude-3-7-sonnet-latest", "claude-3-5-haiku-latest", "chat-bison@001", "text-bison@002",
        "gemini-1.0-pro@001", "gemini-pro@latest", "gemini-3.1-pro-preview-customtools", "gpt-35-turbo", "gpt-35-turbo-16k",
        "gpt-4-0409-vision-preview", "gpt-4-vision-preview", "gpt-5.5", "gpt-5.5-pro", "ft:gpt-3.5-turbo-0613:acme::abc123", "ft:davinci-002:acme:custom:xyz",
    ];

    [Theory]
    [InlineData("gpt-4o", "gpt-4o", PriceMatch.Exact)]
    [InlineData("openai/gpt-4o", "gpt-4o", PriceMatch.Exact)]
    [InlineData("gpt-4.1", "gpt-4.1", PriceMatch.Exact)]
    [InlineData("gpt-4-1", "gpt-4.1", PriceMatch.Exact)]
    [InlineData("openai/gpt-4-1-mini", "gpt-4.1-mini", PriceMatch.Exact)]
    [InlineData("gpt-4o-2024-05-13", "gpt-4o-2024-05-13", PriceMatch.Exact)]
    [InlineData("azure/gpt-4o", "gpt-4o", PriceMatch.Alias)]
    [InlineData("azure/gpt-4.1", "gpt-4.1", PriceMatch.Alias)]
    [InlineData("openai/text-embedding-3-small", "text-embedding-3-small", PriceMatch.Alias)]
    [InlineData("claude-3.5-haiku-20241022", "claude-3-5-haiku-20241022", PriceMatch.Alias)]
    [InlineData("anthropic/claude-3.5-sonnet-20241022", "claude-3.5-sonnet-20241022", PriceMatch.Alias)]
    [InlineData("claude-3.5-sonnet-20241022", "claude-3.5-sonnet-20241022", PriceMatch.Alias)]
    [InlineData("global.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku-20241022", PriceMatch.Alias)]
    [InlineData("vertex_ai/claude-3-5-sonnet-v2@20241022", "claude-3.5-sonnet-20241022", PriceMatch.Alias)]
    [InlineData("claude-haiku-4-5@20251001", "claude-haiku-4-5-20251001", PriceMatch.Alias)]
    [InlineData("gemini/gemini-2.5-pro", "gemini-2.5-pro", PriceMatch.Alias)]
    [InlineData("claude-3-5-sonnet", "claude-3.5-sonnet-20241022", PriceMatch.Family)]
    [InlineData("anthropic/claude-3.5-sonnet", "claude-3.5-sonnet-20241022", PriceMatch.Family)]
    [InlineData("claude-3.5-haiku", "claude-3-5-haiku-20241022", PriceMatch.Family)]
    [InlineData("claude-3-5-haiku", "claude-3-5-haiku-20241022", PriceMatch.Family)]
    [InlineData("claude-3-opus", "claude-3-opus-20240229", PriceMatch.Family)]
    [InlineData("gpt-4o-2099-01-01", "gpt-4o", PriceMatch.Family)]
    [InlineData("openai/gpt-4o-mini-2099-01-01", "gpt-4o-mini", PriceMatch.Family)]
    [InlineData("gpt-4.1-2099-01-01", "gpt-4.1", PriceMatch.Family)]
    [InlineData("claude-sonnet-4-5-20991231", "claude-sonnet-4-5-20250929", PriceMatch.Family)]
    [InlineData("claude-3-5-sonnet-20991231", "claude-3.5-sonnet-20241022", PriceMatch.Family)]
    [InlineData("gpt-4o-latest", "gpt-4o", PriceMatch.Family)]
    public void Model_ids_resolve_to_a_catalog_model_and_say_how(string modelId, string model, PriceMatch kind)
    {
        Assert.Equal(new CatalogMatch(model, kind), Catalog.Match(modelId));
        Assert.Equal(Catalog.RowsOfModel(model).Single(r => r.InputTokensAbove is null), Catalog.Find(modelId, Now));
        Assert.Equal(kind, Catalog.Price(modelId, Now, new TokenUsage(1000, 100)).Match);
    }

    [Theory]
    [InlineData("in-house-llm-7b")]
    [InlineData("claude-3-5-opus-20991231")]
    [InlineData("gemini-2.5-flash-preview-05-20")]
    [InlineData("mistral/gpt-4o")]
    public void Ids_of_no_catalog_family_stay_unpriced(string modelId)
    {
        Assert.Equal(new CatalogMatch(null, PriceMatch.Unpriced), Catalog.Match(modelId));
        Assert.Equal(new PricedCost(0, false, null, null, PriceMatch.Unpriced), Catalog.Price(modelId, Now, new TokenUsage(1000, 100)));
    }

    [Fact]
    public void A_dated_id_the_catalog_prices_keeps_its_own_price_and_an_unknown_date_takes_the_family_price()
    {
        Assert.Equal((5m, 15m), (Catalog.Find("gpt-4o-2024-05-13", Now)!.Input, Catalog.Find("gpt-4o-2024-05-13", Now)!.Output));
        Assert.Equal((2.5m, 10m), (Catalog.Find("gpt-4o-2099-01-01", Now)!.Input, Catalog.Find("gpt-4o-2099-01-01", Now)!.Output));
    }

    [Fact]
    public void A_family_without_an_undated_model_takes_its_newest_dated_one()
    {
        Assert.Equal(["claude-3-5-sonnet-20240620", "claude-3.5-sonnet-20241022"],
            Catalog.Prices.Select(p => p.Model).Distinct().Where(m => ModelIds.ReleaseOf(ModelIds.Normalise(m)) is { Family: "claude-3-5-sonnet", Date: not null }));
        Assert.Equal("claude-3.5-sonnet-20241022", Catalog.ModelOf("claude-3-5-sonnet"));
    }

    [Fact]
    public void An_id_that_normalises_to_two_catalog_models_stays_unpriced_while_the_id_as_sent_keeps_the_first_pattern()
    {
        var catalog = new PriceCatalog([Row("acme", "acme-1.5", "(?i)^(acme-1.5)$"), Row("other", "acme-1-5", @"(?i)^(acme-1-5)$")]);

        Assert.Equal(new CatalogMatch(null, PriceMatch.Unpriced), catalog.Match("openai/acme-1.5"));
        Assert.Equal(new CatalogMatch("acme-1.5", PriceMatch.Exact), catalog.Match("acme-1-5"));
    }

    [Fact]
    public void A_family_whose_newest_date_two_models_share_stays_unpriced()
    {
        var catalog = new PriceCatalog([
            Row("acme", "acme-pro-20250101", "(?i)^(acme-pro-20250101)$"), Row("other", "acme-pro-2025-01-01", "(?i)^(acme-pro-2025-01-01)$"),
            Row("acme", "acme-lite-20240101", "(?i)^(acme-lite-20240101)$"), Row("acme", "acme-lite-20250101", "(?i)^(acme-lite-20250101)$"),
        ]);

        Assert.Equal(new CatalogMatch(null, PriceMatch.Unpriced), catalog.Match("acme-pro"));
        Assert.Equal(new CatalogMatch("acme-lite-20250101", PriceMatch.Family), catalog.Match("acme-lite"));
    }

    [Fact]
    public void Every_id_the_catalog_patterns_price_as_sent_keeps_its_catalog_row()
    {
        var samples = SampleIds().Distinct().ToList();
        var previouslyPriced = 0;
        var changed = new List<string>();
        foreach (var id in samples)
        {
            if (FirstMatchingModel(id) is not { } model) continue;
            previouslyPriced++;
            var expectedRow = PriceCatalog.Tier(PriceCatalog.LatestInEffect(Catalog.RowsOfModel(model), p => p.EffectiveFrom, Now), 0);
            if (Catalog.Match(id) != new CatalogMatch(model, PriceMatch.Exact) || !ReferenceEquals(expectedRow, Catalog.Find(id, Now)))
                changed.Add($"{id}: was {model}, now {Catalog.Match(id)}");
        }

        Assert.True(previouslyPriced > 1000, $"only {previouslyPriced} sample ids were priced as sent");
        Assert.Empty(changed);
    }

    private static IEnumerable<string> SampleIds()
    {
        string[] prefixes = ["", "openai/", "OpenAI/", "anthropic/", "google/", "googleai/"];
        foreach (var id in Catalog.Prices.Select(p => p.Model).Concat(CloudIds))
            foreach (var prefix in prefixes)
            {
                yield return prefix + id;
                yield return prefix + id.ToUpperInvariant();
                yield return prefix + id.Replace('.', '-');
            }
    }

    private static string? FirstMatchingModel(string id) => PatternsAsSent.FirstOrDefault(p => p.Pattern.IsMatch(id)).Model;

    private static ModelPrice Row(string provider, string model, string pattern) => new(provider, model, pattern, null, null, 1, null, null, null, 2, null);
}
