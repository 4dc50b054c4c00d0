using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AIntops.Api.Infrastructure;

public static class RateLimitSetup
{
    public const string AuthPolicy = "auth";
    public const string PasswordResetPolicy = "password-reset";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AuthPerClientPerMinute", 30);
        var resetsPerHour = configuration.GetValue("RateLimits:PasswordResetPerClientPerHour", 10);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(AuthPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(PasswordResetPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = resetsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            options.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await AuthenticationSetup.WriteProblemAsync(context.HttpContext, 429, "Too many requests.",
                    $"Too many sign-in requests from this client. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.");
            };
        });
        return services;
    }
}
