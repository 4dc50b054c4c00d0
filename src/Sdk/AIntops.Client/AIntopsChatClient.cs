using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Client;

/// <summary>
/// An <see cref="IChatClient"/> middleware that records every call (model, provider, token usage, latency, errors),
/// streamed ones included, attributed by <see cref="AIntopsScope"/> and, over it, by <see cref="ChatOptions.AdditionalProperties"/>
/// (<see cref="TeamKey"/>, <see cref="UserIdKey"/>, <see cref="EndpointTagKey"/>, <see cref="PromptVersionKey"/>).
/// Responses, updates and exceptions reach the caller unchanged.
/// </summary>
public sealed class AIntopsChatClient(IChatClient innerClient, IAIntopsRecorder recorder) : DelegatingChatClient(innerClient)
{
    public const string TeamKey = "aintops.team";
    public const string UserIdKey = "aintops.user_id";
    public const string EndpointTagKey = "aintops.endpoint_tag";
    public const string PromptVersionKey = "aintops.prompt_version";

    private readonly ChatClientMetadata? _metadata = innerClient.GetService<ChatClientMetadata>();

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = Begin(options);
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            call.End(Event(options, response.ModelId, response.Usage, null));
            return response;
        }
        catch (Exception ex)
        {
            call.End(Event(options, null, null, ex));
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var call = Begin(options);
        string? model = null;
        UsageDetails? usage = null;
        Exception? error = null;
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (Exception ex)
                {
                    error = ex;
                    throw;
                }
                var update = updates.Current;
                model = update.ModelId ?? model;
                usage = update.Contents.OfType<UsageContent>().LastOrDefault()?.Details ?? usage;
                yield return update;
            }
        }
        finally
        {
            call.End(Event(options, model, usage, error));
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }

    private TrackedCall Begin(ChatOptions? options) =>
        new(recorder, new AIntopsAttribution(Text(options, TeamKey), Text(options, UserIdKey), Text(options, EndpointTagKey), Text(options, PromptVersionKey))
            .Over(AIntopsScope.Current));

    private AIntopsEvent Event(ChatOptions? options, string? model, UsageDetails? usage, Exception? error) => new()
    {
        Model = model ?? options?.ModelId ?? _metadata?.DefaultModelId ?? "unknown",
        Provider = _metadata?.ProviderName?.ToLowerInvariant(),
        InputTokens = usage?.InputTokenCount,
        OutputTokens = usage?.OutputTokenCount,
        TotalTokens = usage?.TotalTokenCount,
        CachedInputTokens = usage is null ? null : usage.CachedInputTokenCount ?? CachedFromAdditionalCounts(usage),
        Status = error is null ? AIntopsStatus.Success : AIntopsStatus.Error,
        ErrorCode = error?.GetType().Name,
    };

    private static long? CachedFromAdditionalCounts(UsageDetails usage) =>
        usage.AdditionalCounts is { } counts
            ? new[] { "CachedInputTokenCount", "InputTokenDetails.CachedTokenCount", "CachedTokenCount" }
                .Select(key => counts.TryGetValue(key, out var value) ? value : (long?)null).FirstOrDefault(v => v is not null)
            : null;

    private static string? Text(ChatOptions? options, string key) =>
        options?.AdditionalProperties is { } properties && properties.TryGetValue(key, out var value) ? value?.ToString() : null;
}

public static class AIntopsChatClientBuilderExtensions
{
    /// <summary>Adds <see cref="AIntopsChatClient"/> to the pipeline; the recorder is <paramref name="recorder"/> or the one <c>AddAIntops</c> registered.</summary>
    public static ChatClientBuilder UseAIntops(this ChatClientBuilder builder, IAIntopsRecorder? recorder = null) =>
        builder.Use((inner, services) => new AIntopsChatClient(inner, recorder ?? services.GetRequiredService<IAIntopsRecorder>()));
}
