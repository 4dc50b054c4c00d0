using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Infrastructure.Pricing;

namespace AIntops.UnitTests.Recommendations;

/// <summary>The bundled catalog and equivalence table, priced as an organization without overrides.</summary>
public static class SavingsFixture
{
    public static readonly PriceCatalog Catalog = new(PriceCatalogFile.LoadBundled());
    public static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly ModelEquivalences Equivalences = LoadEquivalences();

    public static SavingsContext Context(SavingsOptions? options = null, ModelEquivalences? equivalences = null) =>
        new(new OrganizationPriceList(Catalog, []), equivalences ?? Equivalences, Now, options ?? new SavingsOptions());

    public static EndpointModelUsage Usage(string endpointTag, string model, long requests, long input, long output, long cached = 0,
        long cacheWrite = 0, double successRate = 1.0, int windowDays = 30) =>
        new(endpointTag, model, requests, (long)Math.Round(requests * successRate), new TokenUsage(input, output, cached, cacheWrite), 0, windowDays);

    private static ModelEquivalences LoadEquivalences()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryRoot(), "src", "Infrastructure", "Pricing", "model-equivalences.json"));
        return ModelEquivalences.Parse(file);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "AIntops.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No AIntops.sln above {AppContext.BaseDirectory}.");
    }
}
