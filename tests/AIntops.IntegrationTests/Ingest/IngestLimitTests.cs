using System.Net;
using System.Net.Http.Json;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Ingest;

public sealed class IngestLimitTests(IngestLimitTests.LimitedFactory factory) : IClassFixture<IngestLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Ingest:RateLimitPerKeyPerSecond"] = "1",
            ["Ingest:RateLimitBurst"] = "3",
        };
    }

    [Fact]
    public async Task Past_the_monthly_plan_limit_events_get_402_and_are_not_stored()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        await (await owner.PatchAsJsonAsync("/v1/organization", new { plan = "free" })).ExpectAsync(HttpStatusCode.NoContent);
        var organizationId = await owner.OrganizationIdAsync();
        var month = factory.Clock.GetUtcNow().Year * 100 + factory.Clock.GetUtcNow().Month;
        await factory.WithDbAsync(async db =>
        {
            db.PlanUsage.Add(new PlanUsage { OrganizationId = organizationId, Month = month, Requests = 9_999 });
            return await db.SaveChangesAsync();
        }, organizationId);
        var (_, key) = await owner.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);

        await sender.IngestAsync(IngestApi.Event());
        var refused = await (await sender.PostAsJsonAsync("/v1/ingest", IngestApi.Event())).ExpectProblemAsync(HttpStatusCode.PaymentRequired);
        Assert.Equal("plan_limit_reached", refused["reason"]!.GetValue<string>());
        Assert.True(refused["telemetryPaused"]!.GetValue<bool>());
        Assert.True(refused["providerCallsContinue"]!.GetValue<bool>());
        Assert.True(refused["isPlanLimitReached"]!.GetValue<bool>());
        Assert.Equal(1, (await factory.TotalsAsync(organizationId)).RawRows);
        Assert.Equal(10_000, (await owner.GetJsonAsync("/v1/organization"))["monthlyRequestLimit"]!.GetValue<long>());
    }

    [Fact]
    public async Task OTLP_exports_past_the_plan_limit_are_rejected_then_refused_with_402_until_next_month_and_past_the_rate_with_429()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        await (await owner.PatchAsJsonAsync("/v1/organization", new { plan = "free" })).ExpectAsync(HttpStatusCode.NoContent);
        var organizationId = await owner.OrganizationIdAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            db.PlanUsage.Add(new PlanUsage { OrganizationId = organizationId, Month = now.Year * 100 + now.Month, Requests = 9_999 });
            return await db.SaveChangesAsync();
        }, organizationId);
        var sender = factory.CreateClient().WithApiKey((await owner.CreateApiKeyAsync()).Key);
        AIntops.Api.Otlp.Protos.ExportTraceServiceRequest Export(int spans) => OtlpApi.Export(Enumerable.Range(0, spans).Select(_ =>
            OtlpApi.Span("chat gpt-4o", now, TimeSpan.FromSeconds(1), ("gen_ai.provider.name", "openai"), ("gen_ai.request.model", "gpt-4o"))));

        var partly = await (await sender.SendAsync(Export(2))).ExportAnswerAsync();
        Assert.Equal(1, partly.PartialSuccess.RejectedSpans);
        Assert.Contains("plan limit", partly.PartialSuccess.ErrorMessage);
        var refused = await sender.SendAsync(Export(1));
        Assert.Equal("plan_limit_reached", (await refused.ExpectProblemAsync(HttpStatusCode.PaymentRequired))["reason"]!.GetValue<string>());
        var nextMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, nextMonth - now - TimeSpan.FromSeconds(2), nextMonth - now + TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await factory.TotalsAsync(organizationId)).RawRows);

        var (_, fastKey) = await owner.CreateApiKeyAsync("fast");
        var fast = factory.CreateClient().WithApiKey(fastKey);
        await owner.PatchAsJsonAsync("/v1/organization", new { plan = "enterprise" });
        await (await fast.SendAsync(Export(3))).ExportAnswerAsync();
        // The burst of 3 is spent.
        var limited = await fast.SendAsync(Export(3));
        await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_plan_upgrade_lifts_the_limit_at_once_and_one_made_by_another_instance_within_the_refresh_interval()
    {
        var first = await FullFreePlanAsync();
        await first.Sender.IngestAsync(IngestApi.Event(), HttpStatusCode.PaymentRequired);
        await (await first.Owner.PatchAsJsonAsync("/v1/organization", new { plan = "starter" })).ExpectAsync(HttpStatusCode.NoContent);
        await first.Sender.IngestAsync(IngestApi.Event());

        var second = await FullFreePlanAsync();
        await second.Sender.IngestAsync(IngestApi.Event(), HttpStatusCode.PaymentRequired);
        await factory.WithDbOfAnotherInstanceAsync(async db =>
        {
            (await db.Organizations.FirstAsync(o => o.Id == second.OrganizationId)).ChangePlan(Plan.Starter);
            return await db.SaveChangesAsync();
        }, second.OrganizationId);
        await second.Sender.IngestAsync(IngestApi.Event(), HttpStatusCode.PaymentRequired);
        using var travel = factory.Clock.TimeTravel();
        factory.Clock.Advance(PlanLimiter.RefreshInterval);
        await second.Sender.IngestAsync(IngestApi.Event());
    }

    /// <summary>An organization on the free plan that used all of this month's requests, and a client with its key.</summary>
    private async Task<(HttpClient Owner, Guid OrganizationId, HttpClient Sender)> FullFreePlanAsync()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        await (await owner.PatchAsJsonAsync("/v1/organization", new { plan = "free" })).ExpectAsync(HttpStatusCode.NoContent);
        var organizationId = await owner.OrganizationIdAsync();
        var month = PlanLimiter.MonthOf(factory.Clock.GetUtcNow().UtcDateTime);
        await factory.WithDbAsync(async db =>
        {
            db.PlanUsage.Add(new PlanUsage { OrganizationId = organizationId, Month = month, Requests = 10_000 });
            return await db.SaveChangesAsync();
        }, organizationId);
        var (_, key) = await owner.CreateApiKeyAsync();
        return (owner, organizationId, factory.CreateClient().WithApiKey(key));
    }

    [Fact]
    public async Task Each_key_is_rate_limited_with_retry_after()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();
        var (_, otherKey) = await owner.CreateApiKeyAsync("other");
        var sender = factory.CreateClient().WithApiKey(key);
        var started = DateTime.UtcNow;
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10; i++)
        {
            var response = await sender.PostAsJsonAsync("/v1/ingest", IngestApi.Event());
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
        }
        // A burst of 3 and 1 more per second elapsed (a refill may land at any moment of that second).
        var allowed = 3 + (int)Math.Ceiling((DateTime.UtcNow - started).TotalSeconds);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 3, allowed);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.NotNull(limited);
        await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await factory.CreateClient().WithApiKey(otherKey).IngestAsync(IngestApi.Event());
    }

    [Fact]
    public async Task A_batch_takes_one_permit_per_event()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        object[] Batch(int count) => [.. Enumerable.Range(0, count).Select(_ => IngestApi.Event())];

        await (await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = Batch(3) })).ExpectAsync(HttpStatusCode.OK);
        // The burst of 3 is spent; a second batch of 3 would need three more seconds of refill.
        var limited = await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = Batch(3) });
        await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // A batch larger than the burst needs the whole bucket, not more than it can ever hold.
        var (_, bigKey) = await owner.CreateApiKeyAsync("big");
        await (await factory.CreateClient().WithApiKey(bigKey).PostAsJsonAsync("/v1/ingest/batch", new { events = Batch(5) })).ExpectAsync(HttpStatusCode.OK);
    }
}
