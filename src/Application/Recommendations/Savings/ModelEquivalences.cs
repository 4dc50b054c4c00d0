using System.Text.Json;
using AIntops.Application.Pricing;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>
/// Which models could stand in for which, by catalog model name (<c>model-equivalences.json</c> beside the
/// price catalog): cheaper siblings of the same provider, most capable first, and groups of comparable
/// models at different providers.
/// </summary>
public sealed class ModelEquivalences
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly Dictionary<string, IReadOnlyList<string>> _siblings;
    private readonly IReadOnlyList<IReadOnlyList<string>> _groups;

    public ModelEquivalences(IReadOnlyDictionary<string, IReadOnlyList<string>> cheaperSiblings, IReadOnlyList<IReadOnlyList<string>> crossProviderEquivalents)
    {
        _siblings = new Dictionary<string, IReadOnlyList<string>>(cheaperSiblings, StringComparer.OrdinalIgnoreCase);
        _groups = crossProviderEquivalents;
    }

    /// <summary>A dated release the file does not list (as providers' usage reports name models) has its family's siblings.</summary>
    public IReadOnlyList<string> CheaperSiblingsOf(string catalogModel) =>
        _siblings.GetValueOrDefault(catalogModel) ?? (FamilyOf(catalogModel) is { } family ? _siblings.GetValueOrDefault(family) : null) ?? [];

    /// <summary>The other members of every group <paramref name="catalogModel"/> (or, when it is in none, its family) belongs to.</summary>
    public IReadOnlyList<string> EquivalentsOf(string catalogModel)
    {
        var member = _groups.Any(g => g.Contains(catalogModel, StringComparer.OrdinalIgnoreCase)) ? catalogModel : FamilyOf(catalogModel) ?? catalogModel;
        return _groups.Where(g => g.Contains(member, StringComparer.OrdinalIgnoreCase))
            .SelectMany(g => g).Where(m => !m.Equals(member, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? FamilyOf(string model) => ModelIds.ReleaseOf(model.ToLowerInvariant())?.Family;

    /// <summary>Siblings first (same provider, no migration), then the other providers' equivalents.</summary>
    public IReadOnlyList<string> SubstitutesOf(string catalogModel) =>
        CheaperSiblingsOf(catalogModel).Concat(EquivalentsOf(catalogModel)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The models that have substitutes: catalog model names, which price rows carry.</summary>
    public IEnumerable<string> ModelsWithSubstitutes =>
        _siblings.Keys.Concat(_groups.SelectMany(g => g)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The models offered as substitutes; they are priced by name, so each must be an id its catalog pattern matches.</summary>
    public IEnumerable<string> Substitutes =>
        _siblings.Values.SelectMany(v => v).Concat(_groups.SelectMany(g => g)).Distinct(StringComparer.OrdinalIgnoreCase);

    public static ModelEquivalences Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<EquivalenceFile>(json, JsonOptions)
            ?? throw new FormatException("The model equivalence file is empty.");
        return new ModelEquivalences(
            file.CheaperSiblings?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value) ?? [],
            file.CrossProviderEquivalents?.Select(g => (IReadOnlyList<string>)g).ToList() ?? []);
    }

    private sealed record EquivalenceFile(Dictionary<string, List<string>>? CheaperSiblings, List<List<string>>? CrossProviderEquivalents);
}
