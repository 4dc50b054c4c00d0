namespace AIntops.Application.Providers;

/// <summary>The providers a connection can be for, their display names and real API base URLs.</summary>
public static class ProviderCatalog
{
    public static readonly IReadOnlyList<string> Names = [ProviderNames.OpenAi, ProviderNames.Anthropic];

    public static bool IsKnown(string? provider) => provider is not null && Names.Contains(provider);

    public static string DisplayName(string provider) => provider == ProviderNames.Anthropic ? "Anthropic" : "OpenAI";

    public static string DefaultBaseUrl(string provider) =>
        provider == ProviderNames.Anthropic ? "https://api.anthropic.com" : "https://api.openai.com/v1";

    public static IProviderUsageClient For(this IEnumerable<IProviderUsageClient> clients, string provider) =>
        clients.FirstOrDefault(c => c.Provider == provider) ?? throw new InvalidOperationException($"No usage client for provider '{provider}'.");
}
