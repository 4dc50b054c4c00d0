using AIntops.Application.Recommendations.Savings;

namespace AIntops.Infrastructure.Pricing;

/// <summary>Reads the bundled <c>model-equivalences.json</c> (embedded in this assembly).</summary>
public static class ModelEquivalencesFile
{
    public static ModelEquivalences LoadBundled()
    {
        using var stream = typeof(ModelEquivalencesFile).Assembly.GetManifestResourceStream("AIntops.Infrastructure.Pricing.model-equivalences.json")
            ?? throw new InvalidOperationException("The bundled model equivalence table is missing from the build.");
        return ModelEquivalences.Parse(stream);
    }
}
