using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Ingest;
using AIntops.Infrastructure.Persistence;
using AIntops.IntegrationTests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Ingest;

/// <summary>One organization's bad or excessive ingest never fails another's: each test is an attack with a victim beside it.</summary>
public sealed class IngestIsolationTests(IngestIsolationTests.IsolationFactory factory) : IClassFixture<IngestIsolationTests.IsolationFactory>
{
    public sealed class IsolationFactory : ApiFactory
    {
        public const int QueueShare = 100;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Ingest:RateLimitPerKeyPerSecond"] = "0",
            ["Ingest:WriterQueuePerOrganization"] = QueueShare.ToString(),
        };
    }

    private const int VictimEvents = 450;

    private async Task<(HttpClient Owner, HttpClient Sender, Guid OrganizationId)> TenantAsync()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();
        return (owner, factory.CreateClient().WithApiKey(key), await owner.OrganizationIdAsync());
    }

    /// <summary>Single-event requests, eight at a time; returns each answer's status.</summary>
    private static async Task<HttpStatusCode[]> SendVictimEventsAsync(HttpClient victim)
    {
        using var gate = new SemaphoreSlim(8);
        return await Task.WhenAll(Enumerable.Range(0, VictimEvents).Select(async i =>
        {
            await gate.WaitAsync();
            try { return (await victim.PostAsJsonAsync("/v1/ingest", IngestApi.Event($"victim-{i}"))).StatusCode; }
            finally { gate.Release(); }
        }));
    }

    private async Task AssertVictimStoredAsync(HttpStatusCode[] statuses, Guid victimId)
    {
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var (requests, _, _, rawRows) = await factory.TotalsAsync(victimId);
        Assert.Equal((VictimEvents, VictimEvents), (requests, rawRows));
    }

    private static object[] Events(string prefix, int count, long input, long output) =>
        [.. Enumerable.Range(0, count).Select(i => IngestApi.Event($"{prefix}-{i}", input: input, output: output))];

    [Fact]
    public async Task A_price_override_that_would_overflow_costs_gets_4xx_and_another_organization_ingests_untouched()
    {
        var (attackerOwner, attacker, attackerId) = await TenantAsync();
        var (_, victim, victimId) = await TenantAsync();
        var refused = await (await attackerOwner.PutPriceOverrideAsync("openai", "gpt-4o-mini", new { input = 100_000m, output = 100_000m }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["input"]);
        await attackerOwner.SetPriceOverrideAsync("openai", "gpt-4o-mini", 10_000m, 10_000m);

        async Task<List<HttpStatusCode>> AttackAsync()
        {
            var statuses = new List<HttpStatusCode>();
            for (var round = 0; round < 4; round++)
            {
                var single = await attacker.PostAsJsonAsync("/v1/ingest", IngestApi.Event($"big-{round}", input: IngestLimits.MaxTokens, output: IngestLimits.MaxTokens));
                statuses.Add(single.StatusCode);
                Assert.NotNull((await single.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["cost"]);
                var batch = await attacker.PostAsJsonAsync("/v1/ingest/batch",
                    new { events = Events($"poison-{round}", 470, IngestLimits.MaxTokens, IngestLimits.MaxTokens) });
                await batch.ExpectAsync(HttpStatusCode.OK);
                var body = JsonNode.Parse(await batch.Content.ReadAsStringAsync())!;
                Assert.Equal((0, 470), (body["accepted"]!.GetValue<int>(), body["rejected"]!.GetValue<int>()));
                Assert.NotNull(body["results"]![0]!["errors"]!["cost"]);
            }
            // At the most one event may cost ($1M each), a tenth batch of 1,000 overflows the hour's rollup row.
            for (var round = 0; round < 10; round++)
                statuses.Add((await attacker.PostAsJsonAsync("/v1/ingest/batch", new { events = Events($"max-{round}", 1000, IngestLimits.MaxTokens, 0) })).StatusCode);
            return statuses;
        }

        var attack = AttackAsync();
        var victimStatuses = await SendVictimEventsAsync(victim);
        var attackStatuses = await attack;

        await AssertVictimStoredAsync(victimStatuses, victimId);
        Assert.All(attackStatuses, s => Assert.InRange((int)s, 200, 499));
        // PostgreSQL refuses the bigint overflow in the database (that request alone gets 400); SQLite widens the sum to a float.
        if (TestDatabase.IsPostgres) Assert.Contains(HttpStatusCode.BadRequest, attackStatuses[^10..]);
        Assert.DoesNotContain(await factory.EventCostsAsync(attackerId), e => e.Key.StartsWith("big-") || e.Key.StartsWith("poison-"));
    }

    [Fact]
    public async Task Control_characters_get_400_naming_the_field_and_another_organization_ingests_untouched()
    {
        var (_, attacker, attackerId) = await TenantAsync();
        var (_, victim, victimId) = await TenantAsync();

        async Task AttackAsync()
        {
            for (var i = 0; i < 100; i++)
            {
                var problem = await (await attacker.PostAsJsonAsync("/v1/ingest", IngestApi.Event($"nul-\u0000-{i}", extra: new { team = "a\u001bb" })))
                    .ExpectProblemAsync(HttpStatusCode.BadRequest);
                Assert.NotNull(problem["errors"]!["externalRequestId"]);
                Assert.NotNull(problem["errors"]!["team"]);
            }
            var batch = await attacker.PostAsJsonAsync("/v1/ingest/batch",
                new { events = new[] { IngestApi.Event("clean"), IngestApi.Event("dirty", model: "gpt-4o-mini\u0000"), IngestApi.Event("c1", extra: new { userId = "u\u0085x" }) } });
            await batch.ExpectAsync(HttpStatusCode.OK);
            var results = JsonNode.Parse(await batch.Content.ReadAsStringAsync())!["results"]!;
            Assert.NotNull(results[0]!["result"]);
            Assert.NotNull(results[1]!["errors"]!["model"]);
            Assert.NotNull(results[2]!["errors"]!["userId"]);
        }

        var attack = AttackAsync();
        var victimStatuses = await SendVictimEventsAsync(victim);
        await attack;

        await AssertVictimStoredAsync(victimStatuses, victimId);
        Assert.Equal(["clean"], (await factory.EventCostsAsync(attackerId)).Keys);
    }

    /// <summary>
    /// Below the HTTP validation: values the rollup sums (and on PostgreSQL the database) refuse, queued together with
    /// other organizations' requests. Only the offending request fails; the others are committed and acknowledged.
    /// </summary>
    [Fact]
    public async Task A_group_commit_with_one_bad_request_stores_every_other_request_of_the_group()
    {
        var (_, _, attackerId) = await TenantAsync();
        var (_, _, victimId) = await TenantAsync();
        var writer = factory.Services.GetRequiredService<IIngestWriter>();
        var now = factory.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        LlmEvent Row(Guid organizationId, string id, long cost = 1000) => new()
        {
            Id = Guid.CreateVersion7(), ExternalRequestId = id, Labels = new EventLabels { OrganizationId = organizationId, Provider = "openai", Model = "gpt-4o-mini" },
            InputTokens = 10, OutputTokens = 5, TotalTokens = 15, TimestampMs = now, ReceivedAtMs = now, CostNanoUsd = cost, PriceKnown = true,
        };

        var writes = new List<Task<IReadOnlyList<WriteOutcome>>>();
        var poisoned = new List<Task<IReadOnlyList<WriteOutcome>>>();
        for (var i = 0; i < IsolationFactory.QueueShare - 10; i++)
        {
            writes.Add(writer.WriteAsync([Row(victimId, $"v{i}")], CancellationToken.None));
            if (i % 30 != 15) continue;
            poisoned.Add(writer.WriteAsync([Row(attackerId, $"o{i}a", long.MaxValue / 2 + 1), Row(attackerId, $"o{i}b", long.MaxValue / 2 + 1)], CancellationToken.None));
            if (TestDatabase.IsPostgres) poisoned.Add(writer.WriteAsync([Row(attackerId, $"nul\u0000{i}")], CancellationToken.None));
        }

        Assert.All(await Task.WhenAll(writes), outcome => Assert.False(Assert.Single(outcome).Duplicate));
        foreach (var poison in poisoned) await Assert.ThrowsAsync<ValidationException>(() => poison);
        var (requests, _, _, rawRows) = await factory.TotalsAsync(victimId);
        Assert.Equal((writes.Count, writes.Count), ((int)requests, (int)rawRows));
        Assert.Equal(0, (await factory.TotalsAsync(attackerId)).RawRows);
    }

    [Fact]
    public async Task An_organization_flooding_the_writer_queue_gets_429_with_retry_after_while_another_is_served()
    {
        var (_, attacker, _) = await TenantAsync();
        var (_, victim, victimId) = await TenantAsync();
        var writer = factory.Services.GetRequiredService<GroupCommitWriter>();
        var batch = IsolationFactory.QueueShare * 6 / 10;

        Task<HttpResponseMessage> Flood(string name) => attacker.PostAsJsonAsync("/v1/ingest/batch", new { events = Events(name, batch, 100, 10) });
        // A first event each, so that the refs of their values exist: under the lock held below, a request needing new ones would wait on it before the queue.
        await (await attacker.PostAsJsonAsync("/v1/ingest", IngestApi.Event("attacker-first"))).ExpectAsync(HttpStatusCode.OK);
        await (await victim.PostAsJsonAsync("/v1/ingest", IngestApi.Event("victim-first"))).ExpectAsync(HttpStatusCode.OK);

        await using var scope = factory.Services.CreateAsyncScope();
        var blocker = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var held = await blocker.Database.BeginTransactionAsync();
        if (TestDatabase.IsPostgres) await blocker.Database.ExecuteSqlRawAsync("LOCK TABLE \"LlmEvents\" IN EXCLUSIVE MODE");
        else await blocker.Database.ExecuteSqlRawAsync("UPDATE \"Organizations\" SET \"AnalyticsGeneration\" = \"AnalyticsGeneration\" WHERE \"Id\" = {0}", victimId);

        // The writer takes the first batch and waits on the lock; the second waits in the queue.
        var first = Flood("first");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await WaitForQueueAsync(writer, 0);
        var second = Flood("second");
        await WaitForQueueAsync(writer, 1);
        var refused = await Flood("third");
        await refused.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var victimAnswer = victim.PostAsJsonAsync("/v1/ingest", IngestApi.Event("victim"));
        await WaitForQueueAsync(writer, 2);
        await held.RollbackAsync();

        await (await victimAnswer).ExpectAsync(HttpStatusCode.OK);
        await (await first).ExpectAsync(HttpStatusCode.OK);
        await (await second).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await factory.TotalsAsync(victimId)).RawRows);
    }

    private static async Task WaitForQueueAsync(GroupCommitWriter writer, int depth)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (writer.QueueDepth != depth && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(depth, writer.QueueDepth);
    }
}
