namespace AIntops.MockProviders.Faults;

/// <summary><c>/_mock/faults</c>: add a rule (POST), list rules and the request count (GET), clear both (DELETE).</summary>
public static class FaultEndpoints
{
    private static readonly string[] Providers = ["openai", "anthropic"];

    public static void MapFaults(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_mock/faults");
        group.MapGet("", (FaultInjector faults) => faults.State());
        group.MapPost("", (FaultRule rule, FaultInjector faults) =>
        {
            if (Problem(rule) is { } problem) return Results.BadRequest(new { error = problem });
            faults.Add(rule);
            return Results.Ok(faults.State());
        });
        group.MapDelete("", (FaultInjector faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });
    }

    private static string? Problem(FaultRule rule) => rule switch
    {
        { Provider: { } p } when !Providers.Contains(p) => "provider must be openai, anthropic or absent",
        { Status: < 400 or > 599 } => "status must be an HTTP error status (400-599)",
        { Status: not null, Body: not null } => "a rule answers either a status or a body",
        { Status: null, Body: null, DelayMs: null or <= 0 } => "a rule needs a status, a body or a delayMs",
        { Times: <= 0 } => "times must be positive (or absent for every request)",
        { Page: <= 0 } => "page counts from 1",
        { Skip: < 0 } => "skip must be zero or more",
        _ => null,
    };
}
