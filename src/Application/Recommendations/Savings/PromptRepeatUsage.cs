using AIntops.Application.Pricing;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>The calls that sent the same promptHash to one model id from one endpointTag over the window.</summary>
public sealed record PromptRepeatUsage(
    string PromptHash,
    string EndpointTag,
    string Model,
    long Requests,
    TokenUsage Tokens,
    int WindowDays = 30);
