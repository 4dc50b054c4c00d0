using AIntops.Application.Common.Caching;
using AIntops.Infrastructure.Persistence;

namespace AIntops.UnitTests.Common;

public sealed class RecentlyUsedCacheTests
{
    [Fact]
    public void A_flood_of_new_keys_evicts_what_nobody_uses_and_keeps_what_is_used()
    {
        var cache = new RecentlyUsedCache<string, int>(100);
        cache.Set("gpt-4o", 1);

        for (var i = 0; i < 10_000; i++)
        {
            cache.Set($"junk-{i}", i);
            Assert.True(cache.TryGetValue("gpt-4o", out _), $"the used key was evicted after {i} new keys");
        }

        Assert.InRange(cache.Count, 90, 100);
        Assert.True(cache.TryGetValue("junk-9999", out var newest));
        Assert.Equal(9999, newest);
        Assert.False(cache.TryGetValue("junk-0", out _));
    }

    [Fact]
    public void AddOrUpdate_keeps_what_concurrent_callers_agree_on_and_remove_by_value_spares_a_newer_value()
    {
        var cache = new RecentlyUsedCache<string, string>(10);
        Assert.Equal("first", cache.AddOrUpdate("org", _ => "first", (_, current) => current));
        Assert.Equal("first", cache.AddOrUpdate("org", _ => "other", (_, current) => current));
        Assert.Equal("second", cache.AddOrUpdate("org", _ => "other", (_, _) => "second"));

        cache.Remove("org", "first");
        Assert.True(cache.TryGetValue("org", out var kept));
        Assert.Equal("second", kept);
        cache.Remove("org", "second");
        Assert.False(cache.TryGetValue("org", out _));
    }

    [Fact]
    public void Set_replaces_and_remove_forgets()
    {
        var cache = new RecentlyUsedCache<string, int>(10);
        cache.Set("a", 1);
        cache.Set("a", 2);
        Assert.True(cache.TryGetValue("a", out var value));
        Assert.Equal(2, value);
        cache.Remove("a");
        Assert.False(cache.TryGetValue("a", out _));
    }
}

public sealed class DatabasePasswordTests
{
    [Theory]
    [InlineData("Host=db;Database=aintops;Username=aintops;Password=change-me", true)]
    [InlineData("Host=db;Database=aintops;Username=aintops;Password=s3cret-of-our-own", false)]
    [InlineData("Host=db;Database=aintops;Username=aintops", false)]
    public void The_placeholder_password_of_the_example_is_refused(string connectionString, bool refused)
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString };
        var error = Record.Exception(options.RefusePlaceholderPassword);
        Assert.Equal(refused, error is InvalidOperationException);
    }
}
