using System.Globalization;
using System.IO.Compression;
using AIntops.Api.Infrastructure;
using AIntops.Application.Reports;
using AIntops.Application.Reports.GetBoardPack;
using AIntops.Application.Reports.GetWeeklyReport;
using AIntops.Application.Reports.ListReportWeeks;
using AIntops.Application.Reports.SendWeeklyReport;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>The weekly executive report (every member reads; owners and admins send it again) and the board pack of a range, as JSON or a zip of CSV files.</summary>
public sealed class ReportEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/reports").WithTags("Reports").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/weekly", async (IMediator mediator, CancellationToken ct, string? week) =>
                TypedResults.Ok(await mediator.Send(new GetWeeklyReportQuery(week), ct)))
            .WithParameterDocs<GetWeeklyReportQuery>().WithName("GetWeeklyReport")
            .WithSummary("A week's report (default: the last complete week in the organization's time zone): spend against the week before, top movers, budgets, anomalies, recommendations, data quality")
            .WithProblems(400, 401, 403);

        group.MapGet("/weekly/weeks", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReportWeeksQuery(), ct)))
            .WithName("ListReportWeeks").WithSummary("The last 12 complete weeks, latest first, and when each week's report was sent").WithProblems(401, 403);

        group.MapPost("/weekly/send", async (IMediator mediator, CancellationToken ct, string? week) =>
                TypedResults.Ok(await mediator.Send(new SendWeeklyReportCommand(week), ct)))
            .RequireAuthorization(Permissions.NotificationsManage)
            .WithParameterDocs<SendWeeklyReportCommand>().WithName("SendWeeklyReport")
            .WithSummary("Send a week's report now to every channel subscribed to weekly_report, even if it was sent already").WithProblems(400, 401, 403);

        group.MapGet("/board-pack", async (IMediator mediator, CancellationToken ct, DateTime? from, DateTime? to) =>
                TypedResults.Ok(await mediator.Send(new GetBoardPackQuery(from, to), ct)))
            .WithParameterDocs<GetBoardPackQuery>().WithName("GetBoardPack")
            .WithSummary("A range's figures for the board: key figures, spend by day, by provider, model, team and feature, budgets, open recommendations")
            .WithProblems(400, 401, 403);

        group.MapGet("/board-pack.zip", async (HttpContext http, IMediator mediator, CancellationToken ct, DateTime? from, DateTime? to) =>
                await WriteZipAsync(http, await mediator.Send(new GetBoardPackQuery(from, to), ct), ct))
            .Produces<Stream>(contentType: "application/zip").WithParameterDocs<GetBoardPackQuery>().WithName("DownloadBoardPack")
            .WithSummary("The board pack's figures as CSV files in a zip: key figures, spend over time, by provider, model, team and feature, budgets, recommendations")
            .WithProblems(400, 401, 403);
    }

    private static async Task WriteZipAsync(HttpContext http, BoardPack pack, CancellationToken cancellationToken)
    {
        var o = pack.Overview;
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"board-pack-{o.From:yyyyMMdd}-{o.To:yyyyMMdd}.zip\"";
        using var buffer = new MemoryStream();
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            async Task Csv<T>(string name, IEnumerable<T> rows, string[] columns, Func<T, object?[]> values)
            {
                await using var entry = await zip.CreateEntry(name).OpenAsync(cancellationToken);
                await ExportEndpoints.WriteCsvAsync(entry, rows.ToAsyncEnumerable(), columns, values, cancellationToken);
            }
            await Csv("key-figures.csv", new (string, object?)[]
            {
                ("from", Day(o.From)), ("to", Day(o.To)), ("spendUsd", o.SpendUsd), ("requests", o.Requests), ("errors", o.Errors),
                ("inputTokens", o.InputTokens), ("outputTokens", o.OutputTokens), ("cachedInputTokens", o.CachedInputTokens),
                ("averageCostPerRequestUsd", o.AverageCostPerRequestUsd), ("unpricedRequests", o.UnpricedRequests),
                ("unattributedUsd", o.SourceNote.UnattributedUsd), ("openMonthlySavingUsd", pack.Recommendations.OpenMonthlySavingUsd),
            }, ["figure", "value"], f => [f.Item1, f.Item2]);
            await Csv("spend-over-time.csv", pack.SpendOverTime.Points, ["day", "spendUsd", "requests"], p => [Day(p.Period), p.SpendUsd, p.Requests]);
            foreach (var breakdown in pack.Breakdowns)
                await Csv($"spend-by-{breakdown.Dimension}.csv", breakdown.Rows, [breakdown.Dimension, "label", "spendUsd", "requests", "inputTokens", "outputTokens", "share"],
                    r => [r.Key, r.Label, r.SpendUsd, r.Requests, r.InputTokens, r.OutputTokens, r.Share]);
            await Csv("budgets.csv", pack.Budgets, ["name", "period", "scope", "amountUsd", "spendUsd", "percentUsed", "state", "forecastUsd"],
                b => [b.Name, b.Period, b.Scope.Value is null ? b.Scope.Kind : $"{b.Scope.Kind}:{b.Scope.Value}", b.AmountUsd, b.SpendUsd, b.PercentUsed, b.State, b.ForecastUsd]);
            await Csv("recommendations.csv", pack.Recommendations.Items, ["title", "type", "monthlySavingUsd"], r => [r.Title, r.Type, r.MonthlySavingUsd]);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
    }

    private static string Day(DateTime at) => at.ToString(at.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
