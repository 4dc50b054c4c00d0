namespace AIntops.Application.Gateway;

public static class GatewayProviders
{
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";
    public static readonly IReadOnlyList<string> All = [OpenAi, Anthropic];
}
