using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace AIntops.IntegrationTests.Support;

/// <summary>One message as the SMTP server received it, with the subject and text body decoded (and the HTML part of a multipart/alternative one).</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Subject, string Body, string Raw, string? Html = null);

/// <summary>
/// A small SMTP server on a free loopback port, speaking enough of RFC 5321 for a real client
/// (EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT). Recipients starting with "reject" are
/// refused with 550, as a server does for a mailbox that does not exist.
/// </summary>
public sealed partial class SmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _mail = new();
    private Task? _accepting;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<ReceivedMail> Mail => _mail.ToList();

    public IReadOnlyList<ReceivedMail> MailTo(string address) =>
        _mail.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP ready");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost greets you");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    var recipient = Address(line);
                    if (recipient.StartsWith("reject", StringComparison.OrdinalIgnoreCase))
                        await writer.WriteLineAsync("550 5.1.1 No such mailbox here");
                    else
                    {
                        to.Add(recipient);
                        await writer.WriteLineAsync("250 OK");
                    }
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        data.Append(dataLine.StartsWith("..") ? dataLine[1..] : dataLine).Append("\r\n");
                    _mail.Enqueue(Parse(from ?? "", [.. to], data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "RSET":
                    from = null;
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line).Groups[1].Value;

    private static ReceivedMail Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var (headers, body) = Part(raw);
        var leaves = Leaves(raw).ToList();
        string? Of(string type) => leaves.Where(p => Regex.IsMatch(p.Headers, $@"^Content-Type:\s*{type}", RegexOptions.Multiline | RegexOptions.IgnoreCase))
            .Select(p => p.Body).FirstOrDefault();
        return new ReceivedMail(from, to, EncodedWords(Header(headers, "Subject")), Of("text/plain") ?? body, raw, Of("text/html"));
    }

    /// <summary>The parts that are not multipart themselves, however deeply nested.</summary>
    private static IEnumerable<(string Headers, string Body)> Leaves(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = UnfoldPattern().Replace(raw[..split], " ");
        if (Regex.Match(headers, @"boundary=""?([^"";\s]+)", RegexOptions.IgnoreCase) is not { Success: true } boundary) return [Part(raw)];
        return raw[(split + 4)..].Split("--" + boundary.Groups[1].Value).Select(p => p.TrimStart('\r', '\n'))
            .Where(p => p.Contains("\r\n\r\n")).SelectMany(Leaves);
    }

    /// <summary>A message or MIME part: its unfolded headers and its decoded body.</summary>
    private static (string Headers, string Body) Part(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = UnfoldPattern().Replace(raw[..split], " ");
        var body = raw[(split + 4)..];
        body = Header(headers, "Content-Transfer-Encoding").ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n")))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return (headers, body.Replace("\r\n", "\n"));
    }

    private static string Header(string headers, string name) =>
        Regex.Match(headers, $@"^{name}:\s*(.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim();

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var joined = text.Replace("=\r\n", "");
        for (var i = 0; i < joined.Length; i++)
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)joined[i]);
        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>RFC 2047 encoded words (=?utf-8?B?...?= and =?utf-8?Q?...?=).</summary>
    private static string EncodedWords(string header) => EncodedWordPattern().Replace(header, m =>
        m.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
            : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')));

    [GeneratedRegex(@"<([^>]*)>")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex UnfoldPattern();

    [GeneratedRegex(@"=\?[^?]+\?([BbQq])\?([^?]*)\?=\s*")]
    private static partial Regex EncodedWordPattern();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_accepting is not null) await _accepting;
        _stop.Dispose();
    }
}
