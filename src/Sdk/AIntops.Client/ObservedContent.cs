namespace AIntops.Client;

/// <summary>A streamed response's content, unchanged, whose bytes pass through an <see cref="ObservedStream"/>.</summary>
internal sealed class ObservedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly ProviderCall _answer;
    private readonly TrackedCall _call;

    public ObservedContent(HttpContent inner, ProviderCall answer, TrackedCall call)
    {
        (_inner, _answer, _call) = (inner, answer, call);
        foreach (var header in inner.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new ObservedStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _answer, _call);

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new ObservedStream(_inner.ReadAsStream(cancellationToken), _answer, _call);

    protected override void SerializeToStream(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
    {
        using var source = CreateContentReadStream(cancellationToken);
        source.CopyTo(stream);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
    {
        await using var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _call.End(_answer.ToEvent());
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>
/// Passes a server-sent event stream through byte for byte, as it arrives, and hands each complete <c>data:</c> line that
/// may carry usage or an error to the <see cref="ProviderCall"/>; records the call when the stream ends or is disposed.
/// </summary>
internal sealed class ObservedStream(Stream inner, ProviderCall answer, TrackedCall call) : Stream
{
    private const int MaxLine = 1024 * 1024;
    private static readonly byte[] Data = "data:"u8.ToArray();
    private static readonly byte[][] Interesting = ["\"usage\""u8.ToArray(), "\"error\""u8.ToArray()];

    private readonly MemoryStream _line = new();
    private bool _lineTooLong;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (Exception ex)
        {
            Fail(ex);
            throw;
        }
        Passed(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(ex);
            throw;
        }
        Passed(buffer.Span[..read]);
        return read;
    }

    private void Passed(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.IsEmpty)
            {
                EndLine();
                call.End(answer.ToEvent());
                return;
            }
            for (var newline = bytes.IndexOf((byte)'\n'); newline >= 0; newline = bytes.IndexOf((byte)'\n'))
            {
                Append(bytes[..newline]);
                EndLine();
                bytes = bytes[(newline + 1)..];
            }
            Append(bytes);
        }
        catch (Exception)
        {
            // Watching must never break the stream the application reads.
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_lineTooLong || _line.Length + bytes.Length > MaxLine) _lineTooLong = true;
        else _line.Write(bytes);
    }

    private void EndLine()
    {
        var line = _line.GetBuffer().AsSpan(0, (int)_line.Length).TrimEnd((byte)'\r');
        if (!_lineTooLong && line.StartsWith(Data) && (line.IndexOf(Interesting[0]) >= 0 || line.IndexOf(Interesting[1]) >= 0))
            answer.Read(line[Data.Length..]);
        _line.SetLength(0);
        _lineTooLong = false;
    }

    private void Fail(Exception ex) => call.End(answer.ToEvent(ex));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            call.End(answer.ToEvent());
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
