using AIntops.Domain.Auth;
using AIntops.Domain.Budgets;
using AIntops.Domain.Dashboards;
using AIntops.Domain.Ingest;
using AIntops.Domain.Insights;
using AIntops.Domain.Notifications;
using AIntops.Domain.Organizations;
using AIntops.Domain.Pricing;
using AIntops.Domain.Providers;
using AIntops.Domain.Reports;
using AIntops.Domain.Teams;
using AIntops.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIntops.Application.Common.Interfaces;

public interface IAppDbContext
{
    DbSet<User> Users { get; }
    DbSet<Organization> Organizations { get; }
    DbSet<Membership> Memberships { get; }
    DbSet<Invitation> Invitations { get; }
    DbSet<RefreshTokenFamily> RefreshTokenFamilies { get; }
    DbSet<LoginThrottle> LoginThrottles { get; }
    DbSet<PasswordResetToken> PasswordResetTokens { get; }
    DbSet<Dashboard> Dashboards { get; }
    DbSet<Widget> Widgets { get; }
    DbSet<OnboardingStep> OnboardingSteps { get; }
    DbSet<ActivityEvent> ActivityEvents { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DbSet<LlmEvent> LlmEvents { get; }
    DbSet<Dimension> Dimensions { get; }
    DbSet<RequestContent> RequestContents { get; }
    DbSet<UsageHourly> UsageHourly { get; }
    DbSet<UsageUserDaily> UsageUserDaily { get; }
    DbSet<UsageUserBreakdownHourly> UsageUserBreakdownHourly { get; }
    DbSet<UsageDaily> UsageDaily { get; }
    DbSet<LatencyHourly> LatencyHourly { get; }
    DbSet<LatencyDaily> LatencyDaily { get; }
    DbSet<PlanUsage> PlanUsage { get; }
    DbSet<PriceOverride> PriceOverrides { get; }
    DbSet<ProviderConnection> ProviderConnections { get; }
    DbSet<ProviderUsage> ProviderUsage { get; }
    DbSet<NotificationChannel> NotificationChannels { get; }
    DbSet<Alert> Alerts { get; }
    DbSet<AlertDelivery> AlertDeliveries { get; }
    DbSet<DeliveryAttempt> DeliveryAttempts { get; }
    DbSet<Budget> Budgets { get; }
    DbSet<Team> Teams { get; }
    DbSet<TeamKey> TeamKeys { get; }
    DbSet<TeamMember> TeamMembers { get; }

    /// <summary>The organization queries are filtered by: the override of <see cref="UseOrganization"/>, else the signed-in one.</summary>
    Guid? CurrentOrganizationId { get; }
    DbSet<Anomaly> Anomalies { get; }
    DbSet<Recommendation> Recommendations { get; }
    DbSet<JobRun> JobRuns { get; }
    DbSet<JobFailure> JobFailures { get; }
    DbSet<WeeklyReportSend> WeeklyReportSends { get; }

    /// <summary>
    /// Runs the following work as <paramref name="organizationId"/> where there is no signed-in
    /// organization yet (signup, login, accepting an invitation, token refresh).
    /// </summary>
    IDisposable UseOrganization(Guid organizationId);

    /// <summary>The table of <typeparamref name="T"/>, for work that goes over several tables of one shape (the rollups).</summary>
    DbSet<T> Set<T>() where T : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>For work that must commit several statements (e.g. bulk updates) atomically.</summary>
    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}
