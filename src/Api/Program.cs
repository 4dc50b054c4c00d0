using AIntops.Api.Endpoints;
using AIntops.Api.Gateway;
using AIntops.Api.Infrastructure;
using AIntops.Api.Jobs;
using AIntops.Application;
using AIntops.Application.Common.Interfaces;
using AIntops.Infrastructure;
using AIntops.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:8080");
using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());

builder.Services.AddProblemDetails();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, startupLogs.CreateLogger("AIntops.Startup"));
builder.Services.AddApiAuthentication();
builder.Services.AddApiRateLimits(builder.Configuration);
builder.Services.AddSingleton<IngestRateLimiter>();
builder.Services.AddApiDocumentation();
builder.Services.AddHttpHardening(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddGateway(builder.Configuration);
builder.Services.AddObservability(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]).AddShutdownCheck();

var app = builder.Build();
await DatabaseSetup.MigrateAsync(app.Services);

app.UseHttpHardening();
app.UseRequestIds();
app.UseExceptionHandler();
app.UseStatusCodePages();
if (app.ExposesSwagger()) app.UseApiDocumentation();
app.UseSpa();
app.UseUnsupportedMediaTypeProblems();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

if (app.ExposesMetrics()) app.MapMetrics();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
var readiness = new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") };
app.MapHealthChecks("/health/ready", readiness).AllowAnonymous();
app.MapHealthChecks("/health", readiness).AllowAnonymous(); // what people try first; the SPA would answer it otherwise
app.MapEndpointGroups();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("AIntops is running. Open {Urls}", string.Join(", ", app.Urls)));
app.Run();

public partial class Program;
