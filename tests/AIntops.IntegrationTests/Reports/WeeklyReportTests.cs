using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Reports;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Reports;

/// <summary>The weekly report and the board pack read the blended ledger as the overview does; the scheduled report goes out once per organization and week.</summary>
public sealed class WeeklyReportTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task The_report_of_a_week_has_the_overviews_figures_and_nothing_of_another_organization()
    {
        var owner = await OwnerWithTimeZoneAsync("Europe/Paris");
        var other = await OwnerWithTimeZoneAsync("Europe/Paris");
        var weeks = (await owner.Client.GetJsonAsync("/v1/reports/weekly/weeks")).AsArray();
        Assert.Equal(12, weeks.Count);
        var (week, start, end) = Week(weeks[0]!);
        var previousStart = Week(weeks[1]!).Start;
        var ingest = await IngestClientAsync(owner);
        await IngestAsync(ingest, start.AddHours(3), "gpt-4o", "search", "summarize", 3);
        await IngestAsync(ingest, start.AddDays(2), "gpt-4o-mini", "chat", "answer", 2);
        await IngestAsync(ingest, previousStart.AddHours(5), "gpt-4o", "search", "summarize", 1);
        await IngestAsync(ingest, previousStart.AddDays(3), "no-such-model", "chat", "answer", 1);
        await IngestAsync(await IngestClientAsync(other), start.AddHours(4), "gpt-4o", "intruders", "steal", 5);

        var report = await owner.Client.GetJsonAsync($"/v1/reports/weekly?week={week}");
        var overview = await Overview(owner, start, end);
        var previous = await Overview(owner, previousStart, start);

        Assert.Equal(week, report.Text("week"));
        Assert.Equal("Europe/Paris", report.Text("timeZone"));
        Assert.Equal(start, report["startUtc"]!.GetValue<DateTime>());
        Assert.True(overview["spendUsd"]!.GetValue<decimal>() > 0);
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(), report["spendUsd"]!.GetValue<decimal>());
        Assert.Equal(previous["spendUsd"]!.GetValue<decimal>(), report["previousSpendUsd"]!.GetValue<decimal>());
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>() - previous["spendUsd"]!.GetValue<decimal>(), report["changeUsd"]!.GetValue<decimal>());
        Assert.Equal(overview["unpricedRequests"]!.GetValue<long>(), report["unpricedRequests"]!.GetValue<long>());
        Assert.Equal(1, previous["unpricedRequests"]!.GetValue<long>());
        var teams = report["movers"]!.AsArray().Single(g => g!.Text("dimension") == "team")!["rows"]!.AsArray();
        Assert.Equal(["search", "chat"], teams.Select(t => t!.Text("key")).Order().Reverse());
        var models = await owner.Client.GetJsonAsync($"/v1/usage/explorer?groupBy=model&from={Iso(start)}&to={Iso(end)}");
        var gpt4o = models["rows"]!.AsArray().Single(r => r!.Text("key") == "gpt-4o")!["spendUsd"]!.GetValue<decimal>();
        var gpt4oBefore = (await owner.Client.GetJsonAsync($"/v1/usage/explorer?groupBy=model&from={Iso(previousStart)}&to={Iso(start)}"))["rows"]!.AsArray()
            .Single(r => r!.Text("key") == "gpt-4o")!["spendUsd"]!.GetValue<decimal>();
        var gpt4oMover = report["movers"]!.AsArray().Single(g => g!.Text("dimension") == "model")!["rows"]!.AsArray().Single(r => r!.Text("key") == "gpt-4o")!;
        Assert.Equal(gpt4o - gpt4oBefore, gpt4oMover["changeUsd"]!.GetValue<decimal>());
        Assert.DoesNotContain("intruders", report.ToJsonString());
        Assert.Null(report["sentAt"]?.GetValue<DateTime>());

        var theirs = await other.Client.GetJsonAsync($"/v1/reports/weekly?week={week}");
        Assert.DoesNotContain("summarize", theirs.ToJsonString());
        Assert.Equal((await Overview(other, start, end))["spendUsd"]!.GetValue<decimal>(), theirs["spendUsd"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("2026-49")]
    [InlineData("2026-W54")]
    [InlineData("2026-W00")]
    [InlineData("2999-W01")]
    [InlineData("'; drop table")]
    public async Task A_bad_or_unfinished_week_is_a_400_that_names_the_week_and_sends_nothing(string week)
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        await owner.Client.CreateSlackChannelAsync(url, ["weekly_report"]);

        var read = await (await owner.Client.GetAsync($"/v1/reports/weekly?week={Uri.EscapeDataString(week)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var send = await (await owner.Client.PostAsync($"/v1/reports/weekly/send?week={Uri.EscapeDataString(week)}", null)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(read["errors"]!["week"]);
        Assert.NotNull(send["errors"]!["week"]);
        Assert.Equal(0, await api.WithDbAsync(db => db.WeeklyReportSends.CountAsync(), owner.OrganizationId));
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/alerts"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Two_instances_racing_send_one_report_per_week_to_Slack_and_by_email_after_Monday_8_in_the_organizations_zone()
    {
        var owner = await OwnerWithTimeZoneAsync("America/New_York");
        var bystander = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        await owner.Client.CreateSlackChannelAsync(url, ["weekly_report"]);
        var recipient = ApiClient.UniqueEmail("exec");
        await owner.Client.CreateEmailChannelAsync([recipient], ["weekly_report"]);
        await bystander.Client.CreateSlackChannelAsync(api.Slack.NewHook(), ["anomaly"]);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var local = TimeZoneInfo.ConvertTimeFromUtc(api.Clock.GetUtcNow().UtcDateTime, zone);
        var nextMonday = ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday).AddDays(7);
        var week = $"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}";
        using var travel = api.Clock.TimeTravel();
        // Earlier runs of other tests' organizations do not count: only this organization's report is looked at.
        api.Clock.Advance(TimeZoneInfo.ConvertTimeToUtc(nextMonday.AddHours(7).AddMinutes(55), zone) - api.Clock.GetUtcNow());

        await RaceAsync();
        Assert.Equal(0, await api.WithDbAsync(db => db.WeeklyReportSends.CountAsync(), owner.OrganizationId));

        api.Clock.Advance(TimeSpan.FromMinutes(10));
        await RaceAsync();
        await RaceAsync();
        await api.DeliverDueAsync();

        var sent = Assert.Single(await api.WithDbAsync(db => db.WeeklyReportSends.ToListAsync(), owner.OrganizationId));
        Assert.Equal(week, sent.Week);
        Assert.Equal(1, sent.Sends);
        var post = Assert.Single(api.Slack.PostsTo(url)).Body;
        Assert.StartsWith($"Info: Weekly report {week}", post.Text("text"));
        Assert.Contains($"{NotificationApiFactory.PublicUrl}/reports/weekly/{week}|Open the report", post["blocks"]![2]!["text"]!.Text("text"));
        var mail = Assert.Single(api.Smtp.MailTo(recipient));
        Assert.StartsWith($"[AIntops] Info: Weekly report {week}", mail.Subject);
        Assert.Contains("Tracking quality", mail.Body);
        Assert.Contains($"<a href=\"{NotificationApiFactory.PublicUrl}/reports/weekly/{week}\">Open the report</a>", mail.Html);
        Assert.Equal(0, await api.WithDbAsync(db => db.WeeklyReportSends.CountAsync(), bystander.OrganizationId));
    }

    [Fact]
    public async Task Send_now_is_for_owners_and_admins_sends_again_on_purpose_and_is_in_the_activity_log()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner);
        var url = api.Slack.NewHook();
        await owner.Client.CreateSlackChannelAsync(url, ["weekly_report"]);
        var week = (await member.Client.GetJsonAsync("/v1/reports/weekly")).Text("week");

        await (await member.Client.PostAsync($"/v1/reports/weekly/send?week={week}", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await api.WithDbAsync(db => db.WeeklyReportSends.CountAsync(), owner.OrganizationId));

        var first = await owner.Client.PostAsync($"/v1/reports/weekly/send?week={week}", null);
        await first.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonObject>())!["deliveries"]!.GetValue<int>());
        await (await owner.Client.PostAsync("/v1/reports/weekly/send", null)).ExpectAsync(HttpStatusCode.OK);
        await api.DeliverDueAsync();

        Assert.Equal(2, api.Slack.PostsTo(url).Count);
        Assert.Equal(2, (await api.WithDbAsync(db => db.WeeklyReportSends.SingleAsync(), owner.OrganizationId)).Sends);
        Assert.NotNull((await member.Client.GetJsonAsync("/v1/reports/weekly/weeks")).AsArray().Single(w => w!.Text("week") == week)!["sentAt"]);
        Assert.Equal(2, (await owner.Client.ActivityAsync()).Types.Count(t => t == "weekly_report_sent"));
    }

    [Fact]
    public async Task The_board_pack_csv_files_have_the_overviews_figures_for_the_range_and_nothing_of_another_organization()
    {
        var owner = await api.SignupOwnerAsync();
        var other = await api.SignupOwnerAsync();
        var from = DateTime.UtcNow.Date.AddDays(-6);
        var to = DateTime.UtcNow.Date.AddDays(1);
        var ingest = await IngestClientAsync(owner);
        await IngestAsync(ingest, from.AddHours(2), "gpt-4o", "search", "summarize", 2);
        await IngestAsync(ingest, from.AddDays(3), "gpt-4o-mini", "chat", "answer", 3);
        await IngestAsync(await IngestClientAsync(other), from.AddHours(5), "gpt-4o", "intruders", "steal", 4);

        var response = await owner.Client.GetAsync($"/v1/reports/board-pack.zip?from={Iso(from)}&to={Iso(to)}");
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var csv = zip.Entries.ToDictionary(e => e.Name, e => new StreamReader(e.Open()).ReadToEnd().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList());
        var overview = await Overview(owner, from, to);

        Assert.Equal(["budgets.csv", "key-figures.csv", "recommendations.csv", "spend-by-endpointTag.csv", "spend-by-model.csv", "spend-by-provider.csv",
            "spend-by-team.csv", "spend-over-time.csv"], csv.Keys.Order());
        Assert.Equal(["figure", "value"], csv["key-figures.csv"][0]);
        decimal Figure(string name) => decimal.Parse(csv["key-figures.csv"].Single(r => r[0] == name)[1], CultureInfo.InvariantCulture);
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(), Figure("spendUsd"));
        Assert.Equal(overview["requests"]!.GetValue<decimal>(), Figure("requests"));
        foreach (var table in new[] { "spend-by-provider.csv", "spend-by-model.csv", "spend-by-team.csv", "spend-by-endpointTag.csv", "spend-over-time.csv" })
        {
            var column = Array.IndexOf(csv[table][0], "spendUsd");
            Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(), csv[table].Skip(1).Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture)));
        }
        Assert.Equal(["search", "chat"], csv["spend-by-team.csv"].Skip(1).Select(r => r[0]).Order().Reverse());
        Assert.DoesNotContain(csv.Values.SelectMany(rows => rows).SelectMany(r => r), cell => cell.Contains("intruders") || cell.Contains("steal"));
        var pack = await owner.Client.GetJsonAsync($"/v1/reports/board-pack?from={Iso(from)}&to={Iso(to)}");
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(), pack["overview"]!["spendUsd"]!.GetValue<decimal>());

        var backwards = await (await owner.Client.GetAsync($"/v1/reports/board-pack.zip?from={Iso(to)}&to={Iso(from)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(backwards["errors"]!["to"]);
        await (await owner.Client.GetAsync("/v1/reports/board-pack")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<SignedIn> OwnerWithTimeZoneAsync(string zone)
    {
        var owner = await api.SignupOwnerAsync();
        (await owner.Client.PatchAsJsonAsync("/v1/organization", new { timeZone = zone })).EnsureSuccessStatusCode();
        return owner;
    }

    private async Task<HttpClient> IngestClientAsync(SignedIn owner)
    {
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return api.CreateClient().WithApiKey(key);
    }

    private static async Task IngestAsync(HttpClient ingest, DateTime at, string model, string team, string endpointTag, int calls)
    {
        for (var i = 0; i < calls; i++)
            await ingest.IngestAsync(IngestApi.Event(model: model, input: 1000 * (i + 1), output: 400, extra: new { timestamp = at.AddMinutes(i).ToString("O"), team, endpointTag }));
    }

    private static Task<JsonNode> Overview(SignedIn who, DateTime from, DateTime to) => who.Client.GetJsonAsync($"/v1/dashboard/overview?from={Iso(from)}&to={Iso(to)}");

    private static (string Week, DateTime Start, DateTime End) Week(JsonNode week) =>
        (week.Text("week"), week["startUtc"]!.GetValue<DateTime>(), week["endUtc"]!.GetValue<DateTime>());

    private static string Iso(DateTime at) => Uri.EscapeDataString(at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    /// <summary>Two instances' runs of the weekly report job at once, each with its own scopes, on the one database.</summary>
    private async Task RaceAsync()
    {
        var first = ActivatorUtilities.CreateInstance<WeeklyReportSchedule>(api.Services);
        var second = ActivatorUtilities.CreateInstance<WeeklyReportSchedule>(api.Services);
        var runs = await Task.WhenAll(first.SendDueAsync(CancellationToken.None), second.SendDueAsync(CancellationToken.None));
        Assert.All(runs, run => Assert.Empty(run.Failures));
    }
}
