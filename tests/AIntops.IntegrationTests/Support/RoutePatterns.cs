using Microsoft.AspNetCore.Routing.Patterns;

namespace AIntops.IntegrationTests.Support;

public static class RoutePatterns
{
    /// <summary>The pattern as a path, each parameter written by <paramref name="parameter"/>.</summary>
    public static string PathOf(RoutePattern pattern, Func<RoutePatternParameterPart, string> parameter) => "/" + string.Join('/', pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart name => parameter(name),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
