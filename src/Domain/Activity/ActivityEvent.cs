namespace AIntops.Domain.Activity;

public sealed class ActivityEvent : IOrganizationScoped
{
    private ActivityEvent() { }

    public ActivityEvent(Guid organizationId, string type, Guid? actorUserId, string? subject, string? detail, string? clientIp, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Type = type;
        ActorUserId = actorUserId;
        Subject = subject;
        Detail = detail;
        ClientIp = clientIp;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Type { get; private set; } = "";
    public Guid? ActorUserId { get; private set; }
    public string? Subject { get; private set; }
    public string? Detail { get; private set; }
    public string? ClientIp { get; private set; }
    public DateTime CreatedAt { get; private set; }
}

public static class ActivityTypes
{
    public const string Signup = "signup";
    public const string Login = "login";
    public const string LoginFailed = "login_failed";
    public const string Lockout = "lockout";
    public const string RefreshTokenReuse = "refresh_token_reuse";
    public const string InvitationCreated = "invitation_created";
    public const string InvitationAccepted = "invitation_accepted";
    public const string RoleChanged = "role_changed";
    public const string MemberRemoved = "member_removed";
    public const string PasswordChanged = "password_changed";
    public const string PasswordReset = "password_reset";
    public const string ApiKeyCreated = "api_key_created";
    public const string ApiKeyRotated = "api_key_rotated";
    public const string ApiKeyRevoked = "api_key_revoked";
    public const string DemoDataLoaded = "demo_data_loaded";
    public const string DemoDataDeleted = "demo_data_deleted";
    public const string TestDataDeleted = "test_data_deleted";
    public const string PriceOverrideSet = "price_override_set";
    public const string PriceOverrideDeleted = "price_override_deleted";
    public const string CostsRecalculated = "costs_recalculated";
    public const string DashboardCreated = "dashboard_created";
    public const string DashboardUpdated = "dashboard_updated";
    public const string DashboardDeleted = "dashboard_deleted";
    public const string ProviderConnected = "provider_connected";
    public const string ProviderCredentialsReplaced = "provider_credentials_replaced";
    public const string ProviderSyncRequested = "provider_sync_requested";
    public const string ProviderDisconnected = "provider_disconnected";
    public const string NotificationChannelCreated = "notification_channel_created";
    public const string NotificationChannelUpdated = "notification_channel_updated";
    public const string NotificationChannelDeleted = "notification_channel_deleted";
    public const string BudgetCreated = "budget_created";
    public const string BudgetUpdated = "budget_updated";
    public const string BudgetDeleted = "budget_deleted";
    public const string TeamCreated = "team_created";
    public const string TeamUpdated = "team_updated";
    public const string TeamDeleted = "team_deleted";
    public const string OrganizationUpdated = "organization_updated";
    public const string OrganizationCreated = "organization_created";
    public const string WeeklyReportSent = "weekly_report_sent";
}
