namespace AIntops.Application.Notifications;

/// <summary>Webhook URLs are credentials: shown masked only.</summary>
public static class WebhookUrls
{
    private const int VisibleTail = 4;

    /// <summary>Scheme and host, and the URL's last characters to tell webhooks apart; never the secret path.</summary>
    public static string Mask(string url)
    {
        var uri = new Uri(url);
        var trimmed = url.TrimEnd('/');
        var tail = uri.AbsolutePath.Trim('/').Length > VisibleTail * 2 ? trimmed[^VisibleTail..] : "";
        return $"{uri.Scheme}://{uri.Authority}/…{tail}";
    }
}
