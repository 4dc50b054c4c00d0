using System.Text;
using AIntops.Application.Gateway;

namespace AIntops.UnitTests.Gateway;

public sealed class ServerSentEventReaderTests
{
    private static List<string> Events(IEnumerable<string> chunks)
    {
        var events = new List<string>();
        var reader = new ServerSentEventReader(data => events.Add(Encoding.UTF8.GetString(data.Span)));
        foreach (var chunk in chunks) reader.Feed(Encoding.UTF8.GetBytes(chunk));
        return events;
    }

    private const string Stream = "event: message_start\ndata: {\"a\":1}\n\n: keep-alive comment\n\ndata: {\"b\":\ndata: 2}\r\n\r\ndata:[DONE]\n\n";

    [Fact]
    public void Events_come_out_whole_whatever_the_chunking()
    {
        string[] expected = ["{\"a\":1}", "{\"b\":\n2}", "[DONE]"];

        Assert.Equal(expected, Events([Stream]));
        Assert.Equal(expected, Events(Stream.Select(c => c.ToString())));
        Assert.Equal(expected, Events([Stream[..7], Stream[7..30], Stream[30..]]));
    }

    [Fact]
    public void An_event_without_its_blank_line_is_not_yet_complete()
    {
        Assert.Equal(["{\"a\":1}"], Events(["data: {\"a\":1}\n\ndata: {\"b\":2}\n"]));
    }

    [Fact]
    public void An_oversized_event_is_skipped_and_the_next_one_still_read()
    {
        var huge = "data: " + new string('x', ServerSentEventReader.MaxEventBytes + 10) + "\n\n";

        Assert.Equal(["{\"c\":3}"], Events([huge, "data: {\"c\":3}\n\n"]));
    }
}
