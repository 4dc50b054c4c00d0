using AIntops.Application.Notifications.CreateNotificationChannel;
using AIntops.Application.Notifications.DeleteNotificationChannel;
using AIntops.Application.Notifications.ListNotificationChannels;
using AIntops.Application.Notifications.RotateWebhookSecret;
using AIntops.Application.Notifications.TestNotificationChannel;
using AIntops.Application.Notifications.UpdateNotificationChannel;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Slack, email and signed webhook notification channels; members read them, owners and admins manage them.</summary>
public sealed class NotificationChannelEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/notification-channels").WithTags("Notifications").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListNotificationChannelsQuery(), ct)))
            .WithName("ListNotificationChannels").WithSummary("The organization's notification channels, their alert types and last delivery or error (webhook URLs only masked, signing secrets never shown)")
            .WithProblems(401, 403);

        group.MapPost("/", async (CreateNotificationChannelCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var channel = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/notification-channels/{channel.Id}", channel);
            })
            .RequireAuthorization(Permissions.NotificationsManage)
            .WithName("CreateNotificationChannel").WithSummary("Add a Slack incoming webhook (stored encrypted), an email channel (needs the server's SMTP settings: else 409) or a signed webhook (its signing secret is in this answer only)")
            .WithProblems(400, 401, 402, 403, 409);

        group.MapPut("/{id:guid}", async (Guid id, UpdateNotificationChannelCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .RequireAuthorization(Permissions.NotificationsManage)
            .WithName("UpdateNotificationChannel").WithSummary("Change a channel's name, alert types and on/off switch, and its webhook URL or recipients when given")
            .WithProblems(400, 401, 403, 404);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteNotificationChannelCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.NotificationsManage).WithName("DeleteNotificationChannel").WithSummary("Delete a channel and its deliveries").WithProblems(401, 403, 404);

        group.MapPost("/{id:guid}/test", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TestNotificationChannelCommand(id), ct)))
            .RequireAuthorization(Permissions.NotificationsManage)
            .WithName("TestNotificationChannel").WithSummary("Send a test message to the channel now and report whether it was delivered, or why not as a category")
            .WithProblems(401, 403, 404);

        group.MapPost("/{id:guid}/rotate-secret", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RotateWebhookSecretCommand(id), ct)))
            .RequireAuthorization(Permissions.NotificationsManage)
            .WithName("RotateWebhookSecret").WithSummary("Give a webhook channel a new signing secret, in this answer only; the old one stops signing at once (409 for other kinds)")
            .WithProblems(401, 403, 404, 409);
    }
}
