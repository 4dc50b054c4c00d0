using System.Reflection;
using System.Text.RegularExpressions;

namespace AIntops.UnitTests.Deployment;

/// <summary>
/// The configuration keys the API reads: every property of an options class with a <c>Section</c> constant
/// (nested option objects included), and every key read by name in src/ (<c>configuration["…"]</c>,
/// <c>GetValue("…", …)</c>). Compared case-insensitively, as configuration is.
/// </summary>
public static partial class ConfigurationKeys
{
    public static HashSet<string> Read()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assembly[] assemblies =
        [
            typeof(AIntops.Api.Infrastructure.SpaHosting).Assembly,
            typeof(AIntops.Infrastructure.DependencyInjection).Assembly,
            typeof(AIntops.Application.DependencyInjection).Assembly,
        ];
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } section)
                AddProperties(keys, (string)section.GetRawConstantValue()!, type);

        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("MockProviders"));
        foreach (var file in sources)
            foreach (Match match in KeyReadByName().Matches(File.ReadAllText(file)))
                keys.Add(match.Groups["key"].Value);
        return keys;
    }

    /// <summary><c>Auth__JwtSigningKey</c> → <c>Auth:JwtSigningKey</c>; <c>ASPNETCORE_URLS</c> → <c>URLS</c> (the host's prefix).</summary>
    public static string FromEnvironmentVariable(string name) =>
        (name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? name["ASPNETCORE_".Length..] : name).Replace("__", ":");

    private static void AddProperties(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{prefix}:{property.Name}";
            if (property.PropertyType.IsClass && property.PropertyType.Namespace?.StartsWith("AIntops", StringComparison.Ordinal) == true)
                AddProperties(keys, key, property.PropertyType);
            else
                keys.Add(key);
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "AIntops.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No AIntops.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("""(?:[Cc]onfiguration\[|GetValue(?:<[^>]+>)?\()"(?<key>[^"]+)"[\],]""")]
    private static partial Regex KeyReadByName();
}
