using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// A body of a media type that no endpoint of its method and path accepts is answered 415 naming what the endpoint takes.
/// Routing drops such an endpoint, so without this the request would reach the framework's bare 415 endpoint (which the
/// deny-by-default policy turns into 401 "sign in first") or the <c>/v1</c> fallback's 404 "No API endpoint".
/// </summary>
public static class MediaTypeProblems
{
    private const string FrameworkEndpoint = "415 HTTP Unsupported Media Type";

    /// <summary>Before authentication.</summary>
    public static void UseUnsupportedMediaTypeProblems(this WebApplication app) =>
        app.Use((context, next) => context.GetEndpoint()?.DisplayName == FrameworkEndpoint && AcceptedTypes(context) is { } accepted
            ? WriteAsync(context, accepted)
            : next(context));

    /// <summary>The media types the endpoints of this method and path take, when the request's type is not among them; else null.</summary>
    public static IReadOnlyList<string>? AcceptedTypes(HttpContext context)
    {
        var types = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(context.Request.Method) == true
                && e.RoutePattern.RawText is { } pattern
                && new TemplateMatcher(TemplateParser.Parse(pattern), []).TryMatch(context.Request.Path, []))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []).Distinct().ToList();
        return types.Count > 0 ? types : null;
    }

    public static Task WriteAsync(HttpContext context, IReadOnlyList<string> accepted) =>
        AuthenticationSetup.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.",
            $"{context.Request.Method} {context.Request.Path} takes {string.Join(" or ", accepted)}; this request sent " +
            $"{(string.IsNullOrEmpty(context.Request.ContentType) ? "no Content-Type" : context.Request.ContentType)}.");
}
