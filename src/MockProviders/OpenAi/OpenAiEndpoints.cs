using AIntops.MockProviders.Faults;
using AIntops.MockProviders.Synthetic;
using AIntops.MockProviders.Wire;

namespace AIntops.MockProviders.OpenAi;

/// <summary>The OpenAI Admin API under <c>/v1/organization</c>: usage endpoints and costs.</summary>
public static class OpenAiEndpoints
{
    private static readonly string[] CostDimensions = ["project_id", "line_item", "api_key_id"];
    private static readonly Dictionary<string, string> CostFilters = new() { ["project_ids"] = "project_id", ["api_key_ids"] = "api_key_id" };

    public static void MapOpenAi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/organization");
        group.AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context); }
            catch (BadQueryException e) { return OpenAiErrors.BadRequest(e.Message, e.Param); }
        });
        group.AddEndpointFilter(FaultFilter.For(OpenAiSeries.Provider, OpenAiErrors.ForStatus,
            (request, now) => OpenAiQuery.Paging(request.Query, now, OpenAiQuery.IsCosts(request)).PageOrdinal));
        group.AddEndpointFilter((context, next) => Authorize(context.HttpContext.Request) is { } refused ? ValueTask.FromResult<object?>(refused) : next(context));

        foreach (var shape in OpenAiShapes.Usage)
            group.MapGet($"/usage/{shape.Path}", (HttpRequest request, UsageGenerator generator) => Usage(request, generator, shape));
        group.MapGet("/costs", Costs);
    }

    private static IResult? Authorize(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return OpenAiErrors.MissingKey();
        var key = header["Bearer ".Length..].Trim();
        if (key == MockKeys.OpenAi) return null;
        return key.StartsWith("sk-proj-", StringComparison.Ordinal) ? OpenAiErrors.MissingScope() : OpenAiErrors.InvalidKey(key);
    }

    private static IResult Usage(HttpRequest request, UsageGenerator generator, ReportShape shape)
    {
        var query = OpenAiQuery.Parse(request, generator.Now, shape.Dimensions, shape.Filters);
        var series = shape.Series.Where(s => Grouping.Matches(s.Dimensions, query.Filters)).ToList();
        return Page(query, bucket => UsageRows.Usage(generator, series, bucket, shape.Dimensions, query.GroupBy)
            .Select(r => Result(shape.ResultObject, shape.Metrics(r.Usage), r.Dimensions)));
    }

    private static IResult Costs(HttpRequest request, UsageGenerator generator, MockPrices prices)
    {
        var query = OpenAiQuery.Parse(request, generator.Now, CostDimensions, CostFilters);
        var series = OpenAiSeries.Completions.Where(s => Grouping.Matches(s.Dimensions, query.Filters)).ToList();
        var byLineItem = query.GroupBy.Contains("line_item");
        return Page(query, bucket => UsageRows.Costs(generator, prices, series, bucket,
                (s, line) => UsageRows.With(s.Dimensions, ("line_item", $"{s.Model}, {LineItem(line.Kind)}")), CostDimensions, query.GroupBy)
            .Select(r => Result("organization.costs.result",
            [
                new("amount", new OpenAiAmount(r.Cost.CostNanoUsd / 1_000_000_000m, "usd")),
                new("quantity", byLineItem ? r.Cost.Tokens : null),
                new("quantity_unit", byLineItem ? "tokens" : null),
            ], r.Dimensions)));
    }

    private static string LineItem(TokenKind kind) => kind switch
    {
        TokenKind.CacheRead => "cached input",
        TokenKind.Output => "output",
        _ => "input",
    };

    private static IResult Page(ReportQuery query, Func<Bucket, IEnumerable<Dictionary<string, object?>>> results)
    {
        var (buckets, next) = query.Page();
        var data = buckets.Select(b => new OpenAiBucket(b.Start.ToUnixTimeSeconds(), b.End.ToUnixTimeSeconds(), results(b).ToList())).ToList();
        return Results.Json(new OpenAiPage(data, next is not null, next is { } start ? OpenAiQuery.NextPage(start) : null));
    }

    private static Dictionary<string, object?> Result(string objectName, IEnumerable<KeyValuePair<string, object?>> metrics, Dictionary<string, object?> dimensions) =>
        new[] { new KeyValuePair<string, object?>("object", objectName) }.Concat(metrics).Concat(dimensions).ToDictionary();
}
