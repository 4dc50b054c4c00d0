using System.Text;

namespace AIntops.MockProviders.Synthetic;

/// <summary>A hash that is the same in every process and on every machine (string.GetHashCode is not).</summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 1099511628211UL;
        return Mix(hash);
    }

    /// <summary>A uniform value in [0, 1) for the given text.</summary>
    public static double Unit(string text) => (Of(text) >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
