namespace AIntops.Domain.Ingest;

/// <summary>What a <see cref="Dimension"/> names.</summary>
public enum DimensionKind : byte
{
    /// <summary>The organization itself (its value is empty): the reference every event-store row leads with.</summary>
    Organization = 0,
    Provider = 1,
    Model = 2,
    Team = 3,
    EndpointTag = 4,
    PromptVersion = 5,

    /// <summary>The calling application's end-user id.</summary>
    EndUser = 6,

    /// <summary>An API key's id.</summary>
    ApiKey = 7,

    /// <summary>The id of the AIntops user who sent the events (an API key's creator, or who loaded demo data).</summary>
    Sender = 8,
    Workflow = 9,
}

/// <summary>
/// One value of one dimension of one organization, stored once: raw events and rollups hold its small integer
/// <see cref="Id"/> (a "ref") instead of repeating the text, or a 36-character GUID, in every row and index entry
/// (docs/adr/0031-compact-event-store.md). Values are never changed or removed while the organization exists.
/// </summary>
public sealed class Dimension
{
    public int Id { get; set; }
    public Guid OrganizationId { get; set; }
    public DimensionKind Kind { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>
/// A small fixed vocabulary stored as each word's position: 0 for the commonest, which SQLite stores in no bytes at all.
/// </summary>
public sealed class StoredCode(IReadOnlyList<string> words)
{
    public IReadOnlyList<string> Words => words;

    public int Of(string word)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i] == word) return i;
        throw new ArgumentOutOfRangeException(nameof(word), word, $"Not one of {string.Join(", ", words)}.");
    }

    public string WordOf(long code) => words[(int)code];
}

/// <summary>The event store's fixed vocabularies.</summary>
public static class StoredCodes
{
    public static readonly StoredCode DataMode = new(DataModes.All);
    public static readonly StoredCode Environment = new(Environments.All);
    public static readonly StoredCode Status = new(CallStatuses.All);
    public static readonly StoredCode CacheOutcome = new([CacheOutcomes.Uncached, CacheOutcomes.CacheRead, CacheOutcomes.CacheWrite, CacheOutcomes.NotRecorded]);
}
