namespace AIntops.Application.Common;

/// <summary>Configuration section <c>App</c>.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people open the app at, for links in emails and Slack messages.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:8080";

    public string Link(string path) => PublicUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
