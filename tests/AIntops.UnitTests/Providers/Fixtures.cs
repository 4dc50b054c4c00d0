using System.Text.Json;
using AIntops.Infrastructure.Providers;

namespace AIntops.UnitTests.Providers;

/// <summary>The reference wire fixtures copied into Providers/Fixtures.</summary>
public static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Providers", "Fixtures", name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Text(name)).RootElement;

    public static WirePage<T> Page<T>(string name) => JsonSerializer.Deserialize<WirePage<T>>(Text(name), ProviderHttp.Json)!;
}
