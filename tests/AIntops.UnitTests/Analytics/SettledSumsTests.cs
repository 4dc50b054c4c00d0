using AIntops.Application.Analytics;
using AIntops.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AIntops.UnitTests.Analytics;

/// <summary>Sliding kept sums (old window − dropped days + added days) and keeping them in files.</summary>
public sealed class SettledSumsTests : IDisposable
{
    private const long Day = 86_400_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("aintops-kept-").FullName;

    private static UsageSums Sums(long day, string user, long requests, long cost) => new() { Period = day, First = user, Requests = requests, CostNanoUsd = cost };

    private static List<T> Slide<T>(List<T> kept, List<T> dropped, List<T> added) where T : ISettledSums<T> =>
        T.Sum([.. kept, .. dropped.Select(r => r.Negated()), .. added]);

    [Fact]
    public void A_slid_window_has_the_sums_of_the_new_window_and_no_row_for_a_key_only_the_dropped_days_had()
    {
        // Days 1-3 by user: ada on days 1 and 2, bob on day 1 only; the window moves to days 2-4, where cy appears on day 4.
        var kept = new List<UsageSums> { Sums(0, "ada", 5, 50), Sums(0, "bob", 1, 10) };
        var slid = Slide(kept, [Sums(0, "ada", 2, 20), Sums(0, "bob", 1, 10)], [Sums(0, "ada", 4, 40), Sums(0, "cy", 3, 30)]);
        Assert.Equal([("ada", 7L, 70L), ("cy", 3L, 30L)], slid.Select(s => (s.First, s.Requests, s.CostNanoUsd)).OrderBy(s => s.First));
    }

    [Fact]
    public void Rows_by_day_lose_the_dropped_day_and_gain_the_added_one()
    {
        List<UserDaySums> kept = [new(1 * Day, 2, 30, 3), new(2 * Day, 1, 10, 1)];
        var slid = Slide(kept, [new UserDaySums(1 * Day, 2, 30, 3)], [new UserDaySums(3 * Day, 4, 40, 8)]);
        Assert.Equal([new UserDaySums(2 * Day, 1, 10, 1), new UserDaySums(3 * Day, 4, 40, 8)], slid.OrderBy(d => d.DayStartMs));

        var latency = Slide([new LatencyCounts(7, "gpt-4o", [3, 1, 0])], [new LatencyCounts(7, "gpt-4o", [1, 1, 0])], [new LatencyCounts(7, "gpt-4o", [0, 0, 2])]);
        Assert.Equal([2L, 0, 2], Assert.Single(latency).Counts);
    }

    [Fact]
    public async Task Kept_sums_read_back_as_written_under_their_shape_only()
    {
        var files = Files();
        var organization = Guid.NewGuid();
        List<UsageSums> rows = [Sums(5 * Day, "ada", 2, 1_500), Sums(6 * Day, "ada", 1, 10),
            new() { Provider = "openai", First = "gpt-4o", Second = "prod", Errors = 1, LatencySumMs = 900, LatencyCount = 2 }];
        await files.WriteAsync(organization, new ArchivedSums<UsageSums>("shape-a", 4, 1 * Day, 8 * Day, rows));

        var read = await files.ReadAsync<UsageSums>(organization, "shape-a", CancellationToken.None);
        Assert.Equal((4, 1 * Day, 8 * Day), (read!.Generation, read.FromMs, read.ToMs));
        Assert.Equal(rows.Select(Fields), read.Rows.Select(Fields));
        Assert.Same(read.Rows[0].First, read.Rows[1].First); // one instance per value, as rows read from the rollups have
        Assert.Null(await files.ReadAsync<UsageSums>(organization, "shape-b", CancellationToken.None));
        Assert.Null(await files.ReadAsync<UsageSums>(Guid.NewGuid(), "shape-a", CancellationToken.None));
    }

    [Fact]
    public async Task A_damaged_file_reads_as_none_and_is_replaced_by_the_next_write()
    {
        var files = Files();
        var organization = Guid.NewGuid();
        await files.WriteAsync(organization, new ArchivedSums<UsageSums>("shape", 1, 0, Day, [Sums(0, "ada", 1, 1)]));
        var file = Assert.Single(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
        await File.WriteAllBytesAsync(file, [0x1f, 0x8b, 1, 2, 3]);
        Assert.Null(await files.ReadAsync<UsageSums>(organization, "shape", CancellationToken.None));

        await files.WriteAsync(organization, new ArchivedSums<UsageSums>("shape", 2, 0, Day, [Sums(0, "bob", 1, 1)]));
        Assert.Equal("bob", Assert.Single((await files.ReadAsync<UsageSums>(organization, "shape", CancellationToken.None))!.Rows).First);
        Assert.Equal([file], Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    private static object Fields(UsageSums s) => (s.Period, s.Provider, s.First, s.Second, s.Requests, s.Errors, s.InputTokens, s.OutputTokens, s.CachedInputTokens,
        s.CacheWriteTokens, s.CostNanoUsd, s.UnpricedRequests, s.LatencySumMs, s.LatencyCount);

    private SettledSumsFiles Files() => new(new DataDirectory(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AINTOPS_DATA_DIR"] = _folder }).Build()),
        TimeProvider.System, NullLogger<SettledSumsFiles>.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
