using AIntops.Application.Common.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Metrics (the application's meter and ASP.NET Core's) in Prometheus text at <c>/metrics</c> and over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; a request id on every response; readiness that goes false as
/// shutdown begins.
/// </summary>
public static class ObservabilitySetup
{
    public const string RequestIdHeader = "X-Request-Id";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AppMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime");
            metrics.AddPrometheusExporter();
            if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) metrics.AddOtlpExporter();
        });
        services.Configure<ShutdownOptions>(configuration.GetSection(ShutdownOptions.Section));
        services.AddSingleton<ShutdownReadiness>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownReadiness>());
        return services;
    }

    public static IHealthChecksBuilder AddShutdownCheck(this IHealthChecksBuilder checks) =>
        checks.AddCheck<ShutdownReadiness>("accepting-traffic", tags: ["ready"]);

    public static void UseRequestIds(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
            return next(context);
        });

    public static void MapMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
}

/// <summary>Configuration section <c>Shutdown</c>.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long the instance keeps serving after SIGTERM while <c>/health/ready</c> already answers 503, so a load
    /// balancer stops sending it traffic before it closes its listener and drains the ingest writer.
    /// </summary>
    public TimeSpan ReadinessDelay { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// On shutdown, before the server stops: readiness turns unhealthy, then the instance waits
/// <see cref="ShutdownOptions.ReadinessDelay"/>. The server then finishes its requests and the ingest writer
/// commits everything it was given (hosted services stop in reverse order, the server first).
/// </summary>
public sealed class ShutdownReadiness(Microsoft.Extensions.Options.IOptions<ShutdownOptions> options, ILogger<ShutdownReadiness> logger)
    : IHostedLifecycleService, IHealthCheck
{
    private volatile bool _stopping;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        logger.LogInformation("Shutting down: not ready; serving for {DelaySeconds} s more before the listener closes", options.Value.ReadinessDelay.TotalSeconds);
        await Task.Delay(options.Value.ReadinessDelay, cancellationToken);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_stopping ? HealthCheckResult.Unhealthy("The instance is shutting down.") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
