namespace AIntops.Api.Endpoints;

/// <summary>A resource group of endpoints; every implementation is mapped at start.</summary>
public interface IEndpointGroup
{
    static abstract void Map(IEndpointRouteBuilder app);
}

public static class EndpointGroups
{
    public static void MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        var map = typeof(EndpointGroups).GetMethod(nameof(MapGroup), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var type in typeof(EndpointGroups).Assembly.GetTypes().Where(t => t.IsClass && t.IsAssignableTo(typeof(IEndpointGroup))))
            map.MakeGenericMethod(type).Invoke(null, [app]);
    }

    private static void MapGroup<T>(IEndpointRouteBuilder app) where T : IEndpointGroup => T.Map(app);

    /// <summary>
    /// An endpoint kept for the clients written against it: answered with <c>Deprecation</c> (RFC 9745) and a <c>Link</c> to its successor,
    /// and marked deprecated in the OpenAPI document.
    /// </summary>
    public static RouteHandlerBuilder Deprecated(this RouteHandlerBuilder builder, string successor) => builder
        .WithMetadata(new ObsoleteAttribute($"Use {successor}."))
        .AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers["Deprecation"] = "true";
            context.HttpContext.Response.Headers.Link = $"<{successor}>; rel=\"successor-version\"";
            return await next(context);
        });

    /// <summary>Documents the problem responses every endpoint of a group can give.</summary>
    public static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
            builder = status == 400 ? builder.ProducesValidationProblem() : builder.ProducesProblem(status);
        return builder.ProducesProblem(500);
    }
}
