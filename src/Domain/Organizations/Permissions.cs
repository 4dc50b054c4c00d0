namespace AIntops.Domain.Organizations;

/// <summary>The one table mapping roles to permissions (PRODUCT.md "Accounts and tenancy").</summary>
public static class Permissions
{
    public const string AnalyticsRead = "analytics:read";
    public const string RecommendationsRead = "recommendations:read";
    public const string DashboardsEdit = "dashboards:edit";
    public const string ProvidersManage = "providers:manage";
    public const string BudgetsManage = "budgets:manage";
    public const string MembersManage = "members:manage";
    public const string OwnersManage = "owners:manage";
    public const string ActivityRead = "activity:read";
    public const string ApiKeysManage = "apikeys:manage";
    /// <summary>Load demo data and clear the whole workspace's demo or test data.</summary>
    public const string DataManage = "data:manage";
    /// <summary>Set the organization's negotiated model prices and recalculate past costs.</summary>
    public const string PricesManage = "prices:manage";
    /// <summary>Create, change, test and delete the organization's Slack and email notification channels.</summary>
    public const string NotificationsManage = "notifications:manage";
    /// <summary>Dismiss and apply recommendations, and run anomaly detection and recommendation generation now.</summary>
    public const string InsightsManage = "insights:manage";
    /// <summary>See the scheduled jobs and their last runs.</summary>
    public const string JobsRead = "jobs:read";
    /// <summary>Read stored request content (input and output) and export it; members may too when the organization lets them.</summary>
    public const string ContentRead = "content:read";

    private static readonly string[] MemberPermissions = [AnalyticsRead, RecommendationsRead];
    private static readonly string[] AdminPermissions =
        [.. MemberPermissions, DashboardsEdit, ProvidersManage, BudgetsManage, MembersManage, ActivityRead, ApiKeysManage, DataManage, PricesManage, NotificationsManage,
            InsightsManage, JobsRead, ContentRead];
    private static readonly string[] OwnerPermissions = [.. AdminPermissions, OwnersManage];

    public static IReadOnlyList<string> All => OwnerPermissions;

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.Owner => OwnerPermissions,
        Role.Admin => AdminPermissions,
        _ => MemberPermissions,
    };

    public static bool Has(Role role, string permission) => For(role).Contains(permission);
}
