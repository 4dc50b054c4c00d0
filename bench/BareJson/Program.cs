using System.Text.Json;

// The floor of single-event ingest on this machine: the same web host and the same JSON parse as POST /v1/ingest and
// nothing else (no key, no validation, no pricing, no database). bench/run-ingest.sh drives both in one run and
// reports the API's requests/s as a share of this.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapPost("/v1/ingest", async (HttpContext context) =>
{
    using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    return Results.Json(new { ok = true, id = Guid.NewGuid(), duplicate = false, costUsd = 0.00042m, priceKnown = true });
});
app.MapGet("/health", () => "ok");
app.Run();
