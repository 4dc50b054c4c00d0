using AIntops.MockProviders.Synthetic;
using Microsoft.Net.Http.Headers;

namespace AIntops.MockProviders.Faults;

public static class FaultFilter
{
    /// <summary>Applies the fault rules to one provider's endpoints, answering faults with that provider's error bodies.</summary>
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> For(
        string provider, Func<int, IResult> errorForStatus, Func<HttpRequest, DateTimeOffset, int> pageOrdinal) =>
        async (context, next) =>
        {
            var http = context.HttpContext;
            var now = http.RequestServices.GetRequiredService<UsageGenerator>().Now;
            var rule = http.RequestServices.GetRequiredService<FaultInjector>().Next(provider, () => pageOrdinal(http.Request, now));
            if (rule?.DelayMs is > 0 and var delay) await Task.Delay(delay, http.RequestAborted);
            if (rule?.Body is { } body) return Results.Text(body, "application/json");
            if (rule?.Status is not { } status) return await next(context);
            if (rule.RetryAfterSeconds is { } seconds) http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return errorForStatus(status);
        };
}
