using System.Buffers;

namespace AIntops.Application.Gateway;

/// <summary>
/// Splits a server-sent event stream into events as its bytes pass, whatever the chunking: each complete event's <c>data</c>
/// lines (joined by line feeds) go to the callback. An event larger than <see cref="MaxEventBytes"/> is skipped, not buffered.
/// </summary>
public sealed class ServerSentEventReader(Action<ReadOnlyMemory<byte>> onEvent)
{
    public const int MaxEventBytes = 1024 * 1024;

    private readonly ArrayBufferWriter<byte> _line = new();
    private readonly ArrayBufferWriter<byte> _data = new();
    private bool _hasData;
    private bool _tooLarge;

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            var end = chunk.IndexOf((byte)'\n');
            if (end < 0)
            {
                Append(_line, chunk);
                return;
            }
            Append(_line, chunk[..end]);
            chunk = chunk[(end + 1)..];
            var line = _line.WrittenSpan;
            if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
            ReadLine(line);
            _line.ResetWrittenCount();
        }
    }

    private void ReadLine(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
        {
            if (_hasData && !_tooLarge) onEvent(_data.WrittenMemory);
            _data.ResetWrittenCount();
            (_hasData, _tooLarge) = (false, false);
            return;
        }
        if (!line.StartsWith("data:"u8)) return;
        var value = line["data:".Length..];
        if (!value.IsEmpty && value[0] == ' ') value = value[1..];
        if (_hasData) Append(_data, "\n"u8);
        Append(_data, value);
        _hasData = true;
    }

    private void Append(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        if (buffer.WrittenCount + bytes.Length > MaxEventBytes)
        {
            _tooLarge = true;
            return;
        }
        buffer.Write(bytes);
    }
}
