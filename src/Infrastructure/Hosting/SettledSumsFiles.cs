using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AIntops.Application.Analytics;
using Microsoft.Extensions.Logging;

namespace AIntops.Infrastructure.Hosting;

/// <summary>
/// Keeps settled-days sums in the data folder (<c>analytics-cache/&lt;organization&gt;/&lt;hash of the shape&gt;</c>, gzipped JSON), so that
/// each instance reads them back after a restart. A file is replaced whole (written beside it, then renamed over it); files not
/// written for <see cref="Unused"/> are removed, at most once an hour. Writes still running when the host stops are awaited.
/// </summary>
public sealed class SettledSumsFiles(DataDirectory data, TimeProvider clock, ILogger<SettledSumsFiles> logger) : ISettledSumsArchive, IAsyncDisposable
{
    public static readonly TimeSpan Unused = TimeSpan.FromDays(7);

    private readonly string _root = Path.Combine(data.Path, "analytics-cache");
    private readonly ConcurrentDictionary<Task, byte> _writing = new();
    private long _prunedAtMs = long.MinValue;

    public async Task<ArchivedSums<T>?> ReadAsync<T>(Guid organizationId, string shape, CancellationToken cancellationToken)
    {
        var path = PathOf(organizationId, shape);
        try
        {
            using var json = new MemoryStream();
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true))
            await using (var unzipped = new GZipStream(file, CompressionMode.Decompress))
                await unzipped.CopyToAsync(json, cancellationToken);
            json.Position = 0;
            var kept = SharedStrings.Read(() => JsonSerializer.Deserialize(json, JsonOf<T>()));
            return kept?.Shape == shape ? kept : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not read the kept analytics sums {Path}; summing them again.", path);
            return null;
        }
    }

    public void Keep<T>(Guid organizationId, ArchivedSums<T> sums)
    {
        var write = Task.Run(async () =>
        {
            try { await WriteAsync(organizationId, sums); }
            catch (Exception e) { logger.LogError(e, "Could not keep the analytics sums of {Shape}.", sums.Shape); }
        });
        _writing.TryAdd(write, 0);
        write.ContinueWith(done => _writing.TryRemove(done, out _), TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_writing.Keys);

    /// <summary>Replaces the entry of the sums' shape; an I/O failure is logged.</summary>
    public async Task WriteAsync<T>(Guid organizationId, ArchivedSums<T> sums)
    {
        var path = PathOf(organizationId, sums.Shape);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await using (var zipped = new GZipStream(file, CompressionLevel.Fastest))
                await JsonSerializer.SerializeAsync(zipped, sums, JsonOf<T>(), CancellationToken.None);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not keep the analytics sums {Path}.", path);
            File.Delete(temporary);
        }
        PruneHourly();
    }

    /// <summary>The generated serializer of <typeparamref name="T"/>'s sums: generated code needs no warming up on a restarted host's first call.</summary>
    private static JsonTypeInfo<ArchivedSums<T>> JsonOf<T>() => SettledSumsJson.Default.GetTypeInfo(typeof(ArchivedSums<T>)) as JsonTypeInfo<ArchivedSums<T>>
        ?? throw new InvalidOperationException($"Add ArchivedSums<{typeof(T).Name}> to {nameof(SettledSumsJson)}.");

    /// <summary>The organizations whose sums were written within <paramref name="within"/>, the most recent first.</summary>
    public IReadOnlyList<Guid> RecentOrganizations(TimeSpan within)
    {
        if (!Directory.Exists(_root)) return [];
        var since = clock.GetUtcNow() - within;
        return [.. new DirectoryInfo(_root).EnumerateDirectories()
            .Select(folder => (Id: Guid.TryParseExact(folder.Name, "N", out var id) ? id : Guid.Empty,
                Latest: folder.EnumerateFiles().Select(f => (DateTime?)f.LastWriteTimeUtc).Max()))
            .Where(o => o.Id != Guid.Empty && o.Latest >= since.UtcDateTime)
            .OrderByDescending(o => o.Latest).Select(o => o.Id)];
    }

    private string PathOf(Guid organizationId, string shape) =>
        Path.Combine(_root, organizationId.ToString("N"), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shape))));

    /// <summary>Removes files no query has written for <see cref="Unused"/> (and leftovers of interrupted writes), once an hour per instance.</summary>
    private void PruneHourly()
    {
        var now = clock.GetUtcNow();
        var last = Interlocked.Read(ref _prunedAtMs);
        if (now.ToUnixTimeMilliseconds() - last < 3_600_000 || Interlocked.CompareExchange(ref _prunedAtMs, now.ToUnixTimeMilliseconds(), last) != last) return;
        try
        {
            foreach (var file in new DirectoryInfo(_root).EnumerateFiles("*", SearchOption.AllDirectories))
                if (now - file.LastWriteTimeUtc > (file.Extension == ".tmp" ? TimeSpan.FromHours(1) : Unused)) file.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not prune the kept analytics sums in {Path}.", _root);
        }
    }
}

/// <summary>
/// Reads every distinct string of one file once, so that its rows share their values as rows read from the rollups do (their labels
/// come from one directory): grouping and merging them then compares references, not characters, which keeps warm calls fast.
/// </summary>
internal sealed class SharedStrings : JsonConverter<string>
{
    [ThreadStatic] private static Dictionary<string, string>? t_shared;

    /// <summary>Runs a synchronous deserialization with one pool of strings.</summary>
    public static TResult Read<TResult>(Func<TResult> deserialize)
    {
        t_shared = new Dictionary<string, string>(StringComparer.Ordinal);
        try { return deserialize(); }
        finally { t_shared = null; }
    }

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString()!;
        if (t_shared is not { } shared) return value;
        ref var one = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, value, out var seen);
        if (!seen) one = value;
        return one!;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, Converters = [typeof(SharedStrings)])]
[JsonSerializable(typeof(ArchivedSums<UsageSums>))]
[JsonSerializable(typeof(ArchivedSums<UserDaySums>))]
[JsonSerializable(typeof(ArchivedSums<LatencyCounts>))]
internal sealed partial class SettledSumsJson : JsonSerializerContext;
