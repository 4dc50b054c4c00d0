using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications.Delivery;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Notifications;

/// <summary>
/// Email over SMTP (plain text, with an HTML alternative when the message has one) (System.Net.Mail). A 5xx reply is permanent (the server refuses this
/// message or its recipients); 4xx replies, timeouts and connection failures are worth a retry.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> smtp, IOptions<NotificationDeliveryOptions> delivery) : IEmailSender
{
    public bool IsConfigured => smtp.Value.IsConfigured;

    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var o = smtp.Value;
        using var client = new SmtpClient(o.Host, o.Port)
        {
            EnableSsl = o.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)delivery.Value.SendTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(o.Username)) client.Credentials = new NetworkCredential(o.Username, o.Password);
        using var mail = new MailMessage
        {
            From = new MailAddress(o.From!, o.FromName),
            Subject = message.Subject,
            Body = message.Body,
            IsBodyHtml = false,
            BodyEncoding = Encoding.UTF8,
        };
        if (message.HtmlBody is { } html) mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(html, Encoding.UTF8, "text/html"));
        foreach (var recipient in message.To) mail.To.Add(recipient);
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
            return SendOutcome.Ok((int)SmtpStatusCode.Ok);
        }
        catch (SmtpException e) when ((int)e.StatusCode is >= 500 and < 600)
        {
            return SendOutcome.Failed((int)e.StatusCode, $"The SMTP server refused the message: {e.Message}", destinationGone: false);
        }
        catch (SmtpException e)
        {
            var code = (int)e.StatusCode is > 0 ? (int?)e.StatusCode : null;
            return SendOutcome.Transient(code, $"The SMTP server at {o.Host}:{o.Port} could not take the message: {e.InnerException?.Message ?? e.Message}");
        }
        catch (Exception e) when (e is IOException or SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SendOutcome.Transient(null, $"The SMTP server at {o.Host}:{o.Port} could not be reached: {e.Message}");
        }
    }
}
