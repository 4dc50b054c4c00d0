using System.Threading.Channels;

namespace AIntops.Application.Common.Messaging;

/// <summary>
/// Email sent after the response, so a request that sends one answers as fast as one that does not
/// (a password reset request must not tell whether an account exists). Messages still waiting when
/// the process stops are lost; the person asks again.
/// </summary>
public sealed class EmailQueue
{
    private readonly Channel<EmailMessage> _messages =
        Channel.CreateBounded<EmailMessage>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(EmailMessage message) => _messages.Writer.TryWrite(message);

    public IAsyncEnumerable<EmailMessage> ReadAllAsync(CancellationToken cancellationToken) => _messages.Reader.ReadAllAsync(cancellationToken);
}
