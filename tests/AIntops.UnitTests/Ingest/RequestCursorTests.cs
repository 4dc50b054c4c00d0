using AIntops.Application.Requests;

namespace AIntops.UnitTests.Ingest;

public sealed class RequestCursorTests
{
    [Fact]
    public void A_cursor_reads_back_what_it_wrote()
    {
        var cursor = new RequestCursor(1_764_000_000_123, Guid.NewGuid());

        Assert.True(RequestCursor.TryParse(cursor.ToString(), out var read));
        Assert.Equal(cursor, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5_0190c1e2a3b44c5d8e9f0a1b2c3d4e5f")]
    [InlineData("5_not-a-guid")]
    [InlineData("5_0190c1e2a3b44c5d8e9f0a1b2c3d4e5f_6")]
    public void Anything_else_is_refused(string? text) => Assert.False(RequestCursor.TryParse(text, out _));
}
