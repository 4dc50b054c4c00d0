namespace AIntops.Infrastructure.Notifications;

/// <summary>The SMTP server alerts and invitations are sent through (configuration section <c>Smtp</c>, e.g. <c>Smtp__Host</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Unset: no email is sent (email channels cannot be created; invitations only answer their link).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS. Turn off only for a relay on the same machine or network segment.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>Unset: no authentication.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. alerts@example.com.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "AIntops";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
