using System.Globalization;
using AIntops.MockProviders.Faults;
using AIntops.MockProviders.Synthetic;
using AIntops.MockProviders.Wire;

namespace AIntops.MockProviders.Anthropic;

/// <summary>The Anthropic Admin API: the messages usage report and the cost report under <c>/v1/organizations</c>.</summary>
public static class AnthropicEndpoints
{
    private static readonly string[] UsageDimensions =
        ["api_key_id", "workspace_id", "model", "service_tier", "context_window", "inference_geo", "account_id", "service_account_id"];
    private static readonly Dictionary<string, string> UsageFilters = new()
    {
        ["api_key_ids"] = "api_key_id", ["workspace_ids"] = "workspace_id", ["models"] = "model", ["service_tiers"] = "service_tier",
        ["context_window"] = "context_window", ["inference_geos"] = "inference_geo", ["account_ids"] = "account_id",
        ["service_account_ids"] = "service_account_id",
    };
    private static readonly string[] CostGroupable = ["workspace_id", "description"];
    /// <summary>Grouping by description fills in every field that describes the line.</summary>
    private static readonly string[] DescriptionFields = ["description", "cost_type", "context_window", "model", "service_tier", "token_type", "inference_geo"];
    private static readonly string[] CostDimensions = ["workspace_id", .. DescriptionFields];
    private static readonly Dictionary<string, string> DisplayNames = new()
    {
        ["claude-sonnet-4-5-20250929"] = "Claude Sonnet 4.5", ["claude-haiku-4-5-20251001"] = "Claude Haiku 4.5", ["claude-opus-4-6"] = "Claude Opus 4.6",
    };

    public static void MapAnthropic(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/organizations");
        group.AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context); }
            catch (BadQueryException e) { return AnthropicErrors.BadRequest(e.Message); }
        });
        group.AddEndpointFilter(FaultFilter.For(AnthropicSeries.Provider, AnthropicErrors.ForStatus,
            (request, now) => AnthropicQuery.Paging(request.Query, now, AnthropicQuery.IsCosts(request)).PageOrdinal));
        group.AddEndpointFilter((context, next) => Authorize(context.HttpContext.Request) is { } refused ? ValueTask.FromResult<object?>(refused) : next(context));

        group.MapGet("/usage_report/messages", Usage);
        group.MapGet("/cost_report", Costs);
    }

    private static IResult? Authorize(HttpRequest request)
    {
        var key = request.Headers["x-api-key"].ToString();
        if (key.Length == 0) return AnthropicErrors.MissingKey();
        if (key != MockKeys.Anthropic) return AnthropicErrors.InvalidKey();
        return request.Headers["anthropic-version"].ToString().Length == 0 ? AnthropicErrors.MissingVersion() : null;
    }

    private static IResult Usage(HttpRequest request, UsageGenerator generator)
    {
        var query = AnthropicQuery.Parse(request, generator.Now, UsageDimensions, UsageFilters);
        var series = AnthropicSeries.Messages.Where(s => Grouping.Matches(s.Dimensions, query.Filters)).ToList();
        return Page(query, bucket => UsageRows.Usage(generator, series, bucket, UsageDimensions, query.GroupBy)
            .Select(r => new Dictionary<string, object?>
            {
                ["uncached_input_tokens"] = r.Usage.UncachedInput,
                ["cache_creation"] = new CacheCreation(r.Usage.CacheWrite1h, r.Usage.CacheWrite5m),
                ["cache_read_input_tokens"] = r.Usage.CacheRead,
                ["output_tokens"] = r.Usage.Output,
                ["server_tool_use"] = new ServerToolUse(0),
            }.Concat(r.Dimensions).ToDictionary()));
    }

    private static IResult Costs(HttpRequest request, UsageGenerator generator, MockPrices prices)
    {
        var query = AnthropicQuery.Parse(request, generator.Now, CostGroupable, new Dictionary<string, string>());
        var groupBy = query.GroupBy.Contains("description") ? query.GroupBy.Concat(DescriptionFields).ToHashSet() : query.GroupBy;
        return Page(query, bucket => UsageRows.Costs(generator, prices, AnthropicSeries.Messages, bucket, LineDimensions, CostDimensions, groupBy)
            .Select(r => new Dictionary<string, object?>
            {
                ["currency"] = "USD",
                // Cents, as a decimal string; seven places keep nano-USD exact.
                ["amount"] = (r.Cost.CostNanoUsd / 10_000_000m).ToString("0.00000##", CultureInfo.InvariantCulture),
            }.Concat(r.Dimensions).ToDictionary()));
    }

    private static IReadOnlyDictionary<string, object?> LineDimensions(UsageSeries series, PricedLine line)
    {
        var (tokenType, label) = line.Kind switch
        {
            TokenKind.UncachedInput => ("uncached_input_tokens", "Input Tokens"),
            TokenKind.CacheRead => ("cache_read_input_tokens", "Input Tokens, Cache Hit"),
            TokenKind.CacheWrite5m => ("cache_creation.ephemeral_5m_input_tokens", "Input Tokens, 5m Cache Write"),
            TokenKind.CacheWrite1h => ("cache_creation.ephemeral_1h_input_tokens", "Input Tokens, 1h Cache Write"),
            _ => ("output_tokens", "Output Tokens"),
        };
        return UsageRows.With(series.Dimensions,
            ("description", $"{(DisplayNames.TryGetValue(series.Model ?? "", out var name) ? name : series.Model)} Usage - {label}"),
            ("cost_type", "tokens"), ("token_type", tokenType));
    }

    private static IResult Page(ReportQuery query, Func<Bucket, IEnumerable<Dictionary<string, object?>>> results)
    {
        var (buckets, next) = query.Page();
        var data = buckets.Select(b => new AnthropicBucket(AnthropicQuery.Timestamp(b.Start), AnthropicQuery.Timestamp(b.End), results(b).ToList())).ToList();
        return Results.Json(new AnthropicPage(data, next is not null, next is { } start ? AnthropicQuery.NextPage(start) : null));
    }
}
