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

    /// <summary>Documents the problem responses every endpoint of a group can give.</summary>
    public static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
            builder = status == 400 ? builder.ProducesValidationProblem() : builder.ProducesProblem(status);
        return builder.ProducesProblem(500);
    }
}
