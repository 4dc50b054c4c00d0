using AIntops.Application.Pricing;
using AIntops.Application.Providers;
using AIntops.Infrastructure.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.UnitTests.Providers;

/// <summary>Helpers to compare and price fetched records.</summary>
public static class Usage
{
    public static readonly PriceCatalog Catalog = new(PriceCatalogFile.LoadBundled());

    public static IProviderUsageClient Client(this IServiceProvider services, string provider) =>
        services.GetServices<IProviderUsageClient>().Single(c => c.Provider == provider);

    public static Uri BaseUrl(this MockServer server, string provider) => provider == ProviderNames.OpenAi ? server.OpenAiBase : server.AnthropicBase;

    public static ProviderCredentials Key(string provider) =>
        new(provider == ProviderNames.OpenAi ? MockProviders.MockKeys.OpenAi : MockProviders.MockKeys.Anthropic);

    public static Task<IReadOnlyList<ProviderUsageRecord>> FetchUsage(this IServiceProvider services, MockServer server, string provider,
        DateTime from, DateTime to, UsageBucketWidth width) =>
        services.Client(provider).FetchUsageAsync(Key(provider), server.BaseUrl(provider), from, to, width, CancellationToken.None);

    public static Task<IReadOnlyList<ProviderUsageRecord>> FetchCosts(this IServiceProvider services, MockServer server, string provider,
        DateTime from, DateTime to) =>
        services.Client(provider).FetchCostsAsync(Key(provider), server.BaseUrl(provider), from, to, CancellationToken.None);

    /// <summary>Records in a stable order, for comparing two fetches.</summary>
    public static List<ProviderUsageRecord> Sorted(this IEnumerable<ProviderUsageRecord> records) =>
        records.OrderBy(r => r.BucketStartUtc).ThenBy(r => r.Model).ThenBy(r => r.ProjectId).ThenBy(r => r.ApiKeyId).ToList();

    /// <summary>The usage priced at the catalog's prices, each token kind at its own rate.</summary>
    public static long CatalogCostNanoUsd(ProviderUsageRecord r)
    {
        var price = Catalog.Find(r.Model!, r.BucketStartUtc) ?? throw new InvalidOperationException($"no price for {r.Model}");
        var input = price.Input ?? 0;
        var usdPerMillion = r.UncachedInputTokens * input + r.CachedInputTokens * (price.CachedInput ?? input)
            + r.CacheWrite5mTokens * (price.CacheWrite5m ?? input) + r.CacheWrite1hTokens * (price.CacheWrite1h ?? input)
            + r.OutputTokens * (price.Output ?? 0);
        return (long)Math.Round(usdPerMillion * 1000m, MidpointRounding.AwayFromZero);
    }

    public static DateTime Utc(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);
}
