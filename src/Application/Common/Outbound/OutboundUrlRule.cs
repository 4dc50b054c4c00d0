using System.Net;

namespace AIntops.Application.Common.Outbound;

/// <summary>
/// A URL the server will call, checked where it is typed: absolute http(s), no fragment (the server picks the path),
/// no user-info, https where <c>httpsOnly</c> unless its host:port is allowed, and no internal address literal.
/// Names are resolved and checked again on every call.
/// </summary>
public static class OutboundUrlRule
{
    public static IRuleBuilderOptionsConditions<T, string?> OutboundUrl<T>(this IRuleBuilder<T, string?> rule, OutboundOptions outbound, string field,
        bool httpsOnly) =>
        rule.Custom((url, context) =>
        {
            if (url is not null && Problem(url, outbound, httpsOnly) is { } problem) context.AddFailure(field, $"{field} {problem}");
        });

    /// <summary>What is wrong with <paramref name="url"/>, or null.</summary>
    public static string? Problem(string url, OutboundOptions outbound, bool httpsOnly)
    {
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return httpsOnly ? "must be an absolute https URL." : "must be an absolute http or https URL.";
        if (url.Contains('#')) return "must not have a fragment (#…): the server chooses the path it calls.";
        if (Authority(url).Contains('@')) return "must not carry user-info (user:password@).";
        var host = uri.IdnHost.TrimStart('[').TrimEnd(']');
        var allowed = outbound.Allows(host, uri.Port);
        if (httpsOnly && uri.Scheme == Uri.UriSchemeHttp && !allowed)
            return $"must use https (plain http only to a host:port listed in {OutboundOptions.Section}:AllowedPrivateHosts).";
        return !allowed && IPAddress.TryParse(host, out var address) && !OutboundAddresses.IsPublic(address)
            ? OutboundAddressRefusedException.Category
            : null;
    }

    private static string Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? url[start..] : url[start..end];
    }
}
