namespace AIntops.Application.Notifications;

/// <summary>
/// Which webhook URLs are accepted: https, or plain http to a loopback host only (a relay or a test
/// receiver on the same machine); the URL is the credential and must not cross a network in clear.
/// </summary>
public static class WebhookUrls
{
    private const int VisibleTail = 4;

    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    /// <summary>Scheme and host, and the URL's last characters to tell webhooks apart; never the secret path.</summary>
    public static string Mask(string url)
    {
        var uri = new Uri(url);
        var trimmed = url.TrimEnd('/');
        var tail = uri.AbsolutePath.Trim('/').Length > VisibleTail * 2 ? trimmed[^VisibleTail..] : "";
        return $"{uri.Scheme}://{uri.Authority}/…{tail}";
    }
}
