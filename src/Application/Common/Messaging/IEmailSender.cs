namespace AIntops.Application.Common.Messaging;

/// <summary>Sends email (plain text, and HTML beside it when the message has it) through the SMTP server of the configuration (section <c>Smtp</c>).</summary>
public interface IEmailSender
{
    /// <summary>An SMTP host and a sender address are configured.</summary>
    bool IsConfigured { get; }

    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <param name="Body">Plain text.</param>
/// <param name="HtmlBody">The same as HTML, sent beside the text (multipart/alternative) when given.</param>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, string? HtmlBody = null);
