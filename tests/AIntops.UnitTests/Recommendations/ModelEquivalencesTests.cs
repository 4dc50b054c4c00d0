using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Recommendations;

public sealed class ModelEquivalencesTests
{
    [Fact]
    public void Every_model_with_substitutes_is_a_catalog_model_name()
    {
        var unknown = Equivalences.ModelsWithSubstitutes.Where(m => Catalog.RowsOfModel(m).Count == 0).ToList();
        Assert.True(unknown.Count == 0, $"Not catalog model names: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_substitute_resolves_to_itself_with_input_and_output_prices()
    {
        var unresolved = Equivalences.Substitutes
            .Where(m => Catalog.ModelOf(m) != m || Catalog.Find(m, Now) is not { Input: not null, Output: not null }).ToList();
        Assert.True(unresolved.Count == 0, $"Not priced by their own name: {string.Join(", ", unresolved)}");
    }

    [Fact]
    public void Cheaper_siblings_share_the_provider_and_have_lower_input_and_output_prices()
    {
        foreach (var premium in Equivalences.ModelsWithSubstitutes)
        foreach (var sibling in Equivalences.CheaperSiblingsOf(premium))
        {
            var (p, s) = (Catalog.RowsOfModel(premium)[0], Catalog.Find(sibling, Now)!);
            Assert.Equal(p.Provider, s.Provider);
            Assert.True(s.Input < p.Input && s.Output < p.Output, $"{sibling} is not cheaper than {premium}");
        }
    }

    [Fact]
    public void Cross_provider_equivalents_name_other_providers()
    {
        foreach (var model in Equivalences.ModelsWithSubstitutes)
        foreach (var equivalent in Equivalences.EquivalentsOf(model))
            Assert.NotEqual(Catalog.RowsOfModel(model)[0].Provider, Catalog.Find(equivalent, Now)!.Provider);
    }

    [Fact]
    public void Substitutes_list_siblings_before_other_providers()
    {
        Assert.Equal(["gpt-4o-mini", "claude-3.7-sonnet-20250219", "gemini-2.5-pro"], Equivalences.SubstitutesOf("gpt-4o"));
        Assert.Empty(Equivalences.SubstitutesOf("text-embedding-3-small"));
    }
}
