using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Alerts.Raising;
using AIntops.Application.Notifications.Delivery;
using AIntops.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>Notification channels and alerts as the tests use them.</summary>
public static class NotificationApi
{
    public static Task<HttpResponseMessage> PostChannelAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/v1/notification-channels", body);

    public static async Task<JsonObject> CreateChannelOkAsync(this HttpClient client, object body)
    {
        var response = await client.PostChannelAsync(body);
        await response.ExpectAsync(HttpStatusCode.Created);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static Task<JsonObject> CreateSlackChannelAsync(this HttpClient client, string webhookUrl, string[]? alertTypes = null, bool enabled = true) =>
        client.CreateChannelOkAsync(new { type = "slack", name = $"Slack {Guid.NewGuid():N}"[..14], webhookUrl, alertTypes, enabled });

    /// <summary>A signed webhook channel; the answer holds its signing secret (only this once).</summary>
    public static Task<JsonObject> CreateWebhookChannelAsync(this HttpClient client, string url, string[]? alertTypes = null) =>
        client.CreateChannelOkAsync(new { type = "webhook", name = $"Hook {Guid.NewGuid():N}"[..14], webhookUrl = url, alertTypes });

    public static Task<JsonObject> CreateEmailChannelAsync(this HttpClient client, string[] recipients, string[]? alertTypes = null) =>
        client.CreateChannelOkAsync(new { type = "email", name = $"Email {Guid.NewGuid():N}"[..14], recipients, alertTypes });

    public static async Task<JsonObject> ChannelAsync(this HttpClient client, Guid id) =>
        (await client.GetJsonAsync("/v1/notification-channels")).AsArray().Single(c => c!["id"]!.GetValue<Guid>() == id)!.AsObject();

    /// <summary>Raises an alert the way budgets, anomalies and provider sync do.</summary>
    public static async Task<RaisedAlert> RaiseAlertAsync(this ApiFactory api, Guid organizationId, string type = AlertTypes.Anomaly,
        string? dedupeKey = null, string title = "Spend spike on gpt-4o", AlertSeverity severity = AlertSeverity.Warning,
        string message = "Spend is 4.2 standard deviations above the baseline for this hour.", AlertLinks? links = null)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertRaiser>().RaiseAsync(new NewAlert(organizationId, type, severity, title,
            message, dedupeKey ?? $"test:{Guid.NewGuid():N}", links), CancellationToken.None);
    }

    /// <summary>The test message's outcome (POST …/test answers 200 whether or not it was delivered).</summary>
    public static async Task<JsonObject> TestChannelAsync(this HttpClient client, Guid id)
    {
        var response = await client.PostAsync($"/v1/notification-channels/{id}/test", null);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>One run of the delivery job's work, on the test clock.</summary>
    public static async Task<int> DeliverDueAsync(this ApiFactory api) =>
        (await api.Services.GetRequiredService<DeliveryRunner>().DeliverDueAsync(CancellationToken.None)).Done;

    public static async Task<JsonObject> AlertAsync(this HttpClient client, Guid id) =>
        (await client.GetJsonAsync("/v1/alerts?limit=200")).AsObject()["items"]!.AsArray().Single(a => a!["id"]!.GetValue<Guid>() == id)!.AsObject();

    public static async Task<JsonObject> DeliveryAsync(this HttpClient client, Guid alertId, Guid channelId) =>
        (await client.AlertAsync(alertId))["deliveries"]!.AsArray().Single(d => d!["channelId"]!.GetValue<Guid>() == channelId)!.AsObject();

    public static Task<List<DeliveryAttempt>> AttemptsAsync(this ApiFactory api, Guid organizationId, Guid alertId, Guid channelId) =>
        api.WithDbAsync(db => db.AlertDeliveries.Where(d => d.AlertId == alertId && d.ChannelId == channelId)
            .Join(db.DeliveryAttempts, d => d.Id, a => a.DeliveryId, (_, a) => a).OrderBy(a => a.Number).ToListAsync(), organizationId);

    /// <summary>
    /// Moves the clock back on dispose: access tokens are checked against the real time, so tokens issued
    /// far ahead of it would be refused in the test class's later tests.
    /// </summary>
    public static IDisposable TimeTravel(this TestClock clock)
    {
        var start = clock.GetUtcNow();
        return new ReturnTrip(() => clock.Advance(start - clock.GetUtcNow()));
    }

    private sealed class ReturnTrip(Action back) : IDisposable
    {
        public void Dispose() => back();
    }
}
