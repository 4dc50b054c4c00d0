namespace AIntops.Application.Common.Messaging;

/// <summary>Sends plain-text email through the SMTP server of the configuration (section <c>Smtp</c>).</summary>
public interface IEmailSender
{
    /// <summary>An SMTP host and a sender address are configured.</summary>
    bool IsConfigured { get; }

    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body);
