namespace AIntops.IntegrationTests.Support;

/// <summary>A clock that starts at the real time and moves only when a test advances it.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
