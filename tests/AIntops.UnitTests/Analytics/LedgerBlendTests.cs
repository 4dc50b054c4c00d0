using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;

namespace AIntops.UnitTests.Analytics;

/// <summary>The blending rules of docs/adr/0018-blended-ledger.md, one edge case each.</summary>
public sealed class LedgerBlendTests
{
    private const long Day = 86_400_000;
    private static readonly long D1 = 20 * Day, D2 = 21 * Day, D3 = 22 * Day;
    private static readonly UsageGrouping ByTeam = new(First: "team");

    /// <summary>OpenAI billing covers D1 through D3.</summary>
    private static readonly Dictionary<string, BillingCoverage> Coverage = new()
    {
        ["openai"] = new BillingCoverage("openai", D1, D3 + Day, null, []),
    };

    private static UsageSums Sums(string provider, long day, long cost, long requests = 0, long tokens = 0, string first = "", long errors = 0) =>
        new() { Provider = provider, Period = day, First = first, CostNanoUsd = cost, Requests = requests, InputTokens = tokens, Errors = errors };

    private static BilledParts Bill(params UsageSums[] parts) => new([.. parts], new HashSet<string> { "openai" });

    private static LedgerBlend Blend(BilledParts bill, IEnumerable<UsageSums> telemetry, UsageGrouping? grouping = null, bool attributedOnly = false) =>
        LedgerBlend.Of(Coverage, bill, telemetry, grouping ?? ByTeam, attributedOnly);

    [Fact]
    public void Billing_without_telemetry_is_all_unattributed()
    {
        var blend = Blend(Bill(Sums("openai", D1, 500, requests: 10, tokens: 1000)), []);

        var row = Assert.Single(blend.UnattributedRows);
        Assert.Equal((LedgerBlend.Unattributed, "openai", D1, 500L, 10L, 1000L), (row.First, row.Provider, row.Period, row.CostNanoUsd, row.Requests, row.InputTokens));
        Assert.False(blend.Scales);
    }

    [Fact]
    public void Telemetry_below_the_bill_is_kept_and_the_rest_is_unattributed()
    {
        var telemetry = new[] { Sums("openai", D1, 300, requests: 6, first: "payments") };
        var blend = Blend(Bill(Sums("openai", D1, 500, requests: 10)), telemetry);

        var rest = Assert.Single(blend.UnattributedRows);
        Assert.Equal((200L, 4L), (rest.CostNanoUsd, rest.Requests));
        Assert.False(blend.Scales);
        Assert.Equal(300, Assert.Single(blend.Scale(telemetry)).CostNanoUsd);
    }

    [Fact]
    public void Telemetry_above_the_bill_of_a_billed_day_is_scaled_down_so_every_breakdown_adds_up_to_the_bill()
    {
        var telemetry = new[] { Sums("openai", D2, 400, first: "a", errors: 2), Sums("openai", D2, 200, first: "b"), Sums("openai", D2, 1, first: "c") };
        var blend = Blend(Bill(Sums("openai", D2, 500)), telemetry);

        Assert.True(blend.Scales);
        Assert.Empty(blend.UnattributedRows);
        var scaled = blend.Scale(telemetry).ToDictionary(r => r.First);
        Assert.Equal(500, scaled.Values.Sum(r => r.CostNanoUsd));
        Assert.Equal((333L, 166L, 1L), (scaled["a"].CostNanoUsd, scaled["b"].CostNanoUsd, scaled["c"].CostNanoUsd));
        Assert.Equal(2, scaled["a"].Errors);
    }

    [Fact]
    public void Telemetry_of_a_provider_or_day_billing_does_not_cover_is_left_as_it_is()
    {
        var telemetry = new[] { Sums("anthropic", D1, 900, first: "a"), Sums("openai", D1 - Day, 900, first: "a"), Sums("openai", D3 + Day, 900, first: "a") };
        var blend = Blend(Bill(Sums("openai", D1, 100)), telemetry);

        Assert.False(blend.Scales);
        Assert.Equal(100, Assert.Single(blend.UnattributedRows).CostNanoUsd);
        Assert.Equal(telemetry.Select(t => t.CostNanoUsd), blend.Scale(telemetry).Select(t => t.CostNanoUsd));
    }

    [Fact]
    public void A_measure_billing_does_not_report_stays_telemetrys()
    {
        var bill = new BilledParts([Sums("openai", D1, 500, requests: 0, tokens: 1000)], new HashSet<string>());
        var blend = Blend(bill, [Sums("openai", D1, 100, requests: 40, tokens: 200, first: "a")]);

        var rest = Assert.Single(blend.UnattributedRows);
        Assert.Equal((400L, 0L, 800L), (rest.CostNanoUsd, rest.Requests, rest.InputTokens));
        Assert.False(blend.Scales);
    }

    [Fact]
    public void By_model_the_rest_goes_to_the_models_whose_bill_exceeds_their_telemetry()
    {
        var byModel = new UsageGrouping(First: "model", Second: "team");
        var bill = Bill(Sums("openai", D1, 700, first: "gpt-4o"), Sums("openai", D1, 300, first: "gpt-4o-mini"));
        var telemetry = new[] { Sums("openai", D1, 200, first: "gpt-4o"), Sums("openai", D1, 300, first: "gpt-4o-mini") };
        var blend = Blend(bill, telemetry, byModel);

        var rest = Assert.Single(blend.UnattributedRows);
        Assert.Equal(("gpt-4o", LedgerBlend.Unattributed, 500L), (rest.First, rest.Second, rest.CostNanoUsd));
    }

    [Fact]
    public void A_team_or_environment_slice_has_no_unattributed_row()
    {
        var blend = Blend(Bill(Sums("openai", D1, 500)), [Sums("openai", D1, 300, first: "a")], attributedOnly: true);
        Assert.Empty(blend.UnattributedRows);
    }

    [Fact]
    public void Provider_and_model_stay_named_in_the_unattributed_row()
    {
        var blend = Blend(Bill(Sums("openai", D1, 500, first: "gpt-4o")), [], new UsageGrouping(First: "provider", Second: "model"));
        var rest = Assert.Single(blend.UnattributedRows);
        Assert.Equal(("openai", "gpt-4o"), (rest.First, rest.Second));
    }

    [Theory]
    [InlineData(new long[] { 1, 1, 1 }, 10, 3, new long[] { 4, 3, 3 })]
    [InlineData(new long[] { 400, 200, 1 }, 500, 601, new long[] { 333, 166, 1 })]
    [InlineData(new long[] { 0, 0 }, 7, 0, new long[] { 0, 0 })]
    [InlineData(new long[] { 1, 1 }, 7, 4, new long[] { 2, 1 })]
    public void Allocation_adds_up_exactly(long[] weights, long total, long denominator, long[] expected) =>
        Assert.Equal(expected, Allocation.Proportional(weights, total, denominator));

    [Fact]
    public void Allocation_gives_the_units_left_by_rounding_to_the_largest_remainders_first_ones_first()
    {
        var random = new Random(18);
        for (var run = 0; run < 500; run++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(4) == 0 ? random.NextInt64(0, long.MaxValue / 4) : random.Next(0, 50)).ToList();
            var denominator = Math.Max(1, weights.Sum(w => (decimal)w) > long.MaxValue ? long.MaxValue : weights.Sum());
            var total = random.Next(2) == 0 ? random.NextInt64(0, 1_000) : random.NextInt64(0, long.MaxValue / 2);

            Assert.Equal(LargestRemainders(weights, total, denominator), Allocation.Proportional(weights, total, denominator));
        }
    }

    /// <summary>The rule written out plainly: floors, then one unit to each of the largest remainders, ties to the first.</summary>
    private static long[] LargestRemainders(List<long> weights, long total, long denominator)
    {
        var products = weights.Select(w => (Int128)w * total).ToList();
        var shares = products.Select(p => (long)(p / denominator)).ToArray();
        var left = (long)(products.Aggregate(Int128.Zero, (a, p) => a + p) / denominator) - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => products[i] % denominator).ThenBy(i => i).Take((int)left)) shares[i]++;
        return shares;
    }

    [Fact]
    public void Allocation_of_large_amounts_does_not_overflow()
    {
        var shares = Allocation.Proportional([long.MaxValue / 2, long.MaxValue / 2], long.MaxValue - 1, long.MaxValue - 1);
        Assert.Equal(long.MaxValue - 1, shares.Sum());
    }
}
