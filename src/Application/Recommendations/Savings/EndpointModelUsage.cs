using AIntops.Application.Pricing;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>The calls of one endpointTag on one model id over a window of <paramref name="WindowDays"/> days.</summary>
/// <param name="Tokens">Summed over the calls; input includes cached reads and cache writes, as on events.</param>
/// <param name="CostNanoUsd">The cost recorded on the events (shown as evidence; savings reprice the tokens).</param>
public sealed record EndpointModelUsage(
    string EndpointTag,
    string Model,
    long Requests,
    long SuccessfulRequests,
    TokenUsage Tokens,
    long CostNanoUsd,
    int WindowDays = 30)
{
    public long AverageInputTokens => Requests == 0 ? 0 : Tokens.InputTokens / Requests;
    public long AverageOutputTokens => Requests == 0 ? 0 : Tokens.OutputTokens / Requests;
    public double SuccessRate => Requests == 0 ? 0 : (double)SuccessfulRequests / Requests;
}
