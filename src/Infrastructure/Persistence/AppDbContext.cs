using System.Reflection;
using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Activity;
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

namespace AIntops.Infrastructure.Persistence;

/// <summary>
/// The one DbContext. Provider-specific subclasses exist only so each provider keeps its own migrations.
/// Tenant-owned rows are filtered by the current organization and stamped/checked on save; a successful save tells
/// <see cref="CacheInvalidation"/> which entities that caches read it wrote.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentUser currentUser, CacheInvalidation caches) : DbContext(options), IAppDbContext
{
    private Guid? _organizationOverride;

    public Guid? CurrentOrganizationId => _organizationOverride ?? currentUser.OrganizationId;

    public DbSet<User> Users => Set<User>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<RefreshTokenFamily> RefreshTokenFamilies => Set<RefreshTokenFamily>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();
    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();
    public DbSet<Dashboard> Dashboards => Set<Dashboard>();
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<OnboardingStep> OnboardingSteps => Set<OnboardingStep>();
    public DbSet<ActivityEvent> ActivityEvents => Set<ActivityEvent>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<LlmEvent> LlmEvents => Set<LlmEvent>();
    public DbSet<Dimension> Dimensions => Set<Dimension>();
    public DbSet<RequestContent> RequestContents => Set<RequestContent>();
    public DbSet<UsageHourly> UsageHourly => Set<UsageHourly>();
    public DbSet<UsageUserDaily> UsageUserDaily => Set<UsageUserDaily>();
    public DbSet<UsageUserBreakdownHourly> UsageUserBreakdownHourly => Set<UsageUserBreakdownHourly>();
    public DbSet<UsageDaily> UsageDaily => Set<UsageDaily>();
    public DbSet<LatencyHourly> LatencyHourly => Set<LatencyHourly>();
    public DbSet<LatencyDaily> LatencyDaily => Set<LatencyDaily>();
    public DbSet<PlanUsage> PlanUsage => Set<PlanUsage>();
    public DbSet<PriceOverride> PriceOverrides => Set<PriceOverride>();
    public DbSet<ProviderConnection> ProviderConnections => Set<ProviderConnection>();
    public DbSet<ProviderUsage> ProviderUsage => Set<ProviderUsage>();
    public DbSet<NotificationChannel> NotificationChannels => Set<NotificationChannel>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamKey> TeamKeys => Set<TeamKey>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Anomaly> Anomalies => Set<Anomaly>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<JobFailure> JobFailures => Set<JobFailure>();
    public DbSet<WeeklyReportSend> WeeklyReportSends => Set<WeeklyReportSend>();

    public IDisposable UseOrganization(Guid organizationId)
    {
        var previous = _organizationOverride;
        _organizationOverride = organizationId;
        return new Restore(() => _organizationOverride = previous);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        var applyFilter = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IOrganizationScoped).IsAssignableFrom(e.ClrType)))
            applyFilter.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        var applyRefFilter = typeof(AppDbContext).GetMethod(nameof(ApplyOrganizationRefFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IDimensionScoped).IsAssignableFrom(e.ClrType)))
            applyRefFilter.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<Role>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RefreshRevocationReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Plan>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProviderSyncStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProviderUsageKind>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<ProviderBucketWidth>().HaveConversion<string>().HaveMaxLength(8);
    }

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => Database.BeginTransactionAsync(cancellationToken);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var cached = PrepareSave();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var entity in cached) caches.Saved(entity);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var cached = PrepareSave();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        foreach (var entity in cached) caches.Saved(entity);
        return saved;
    }

    private void ApplyTenantFilter<T>(ModelBuilder modelBuilder) where T : class, IOrganizationScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(e => e.OrganizationId == CurrentOrganizationId);

    /// <summary>Event-store rows of the current organization's ref: one indexed lookup, evaluated once per query.</summary>
    private void ApplyOrganizationRefFilter<T>(ModelBuilder modelBuilder) where T : class, IDimensionScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(e => e.OrganizationRef == Set<Dimension>()
            .Where(d => d.OrganizationId == CurrentOrganizationId && d.Kind == DimensionKind.Organization).Select(d => d.Id).FirstOrDefault());

    /// <summary>Stamps and checks tenant-owned rows; returns the changed entities that a cache reads.</summary>
    private List<object> PrepareSave()
    {
        var current = CurrentOrganizationId;
        var cached = new List<object>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is IOrganizationScoped scoped)
            {
                var property = entry.Property(nameof(IOrganizationScoped.OrganizationId));
                if (scoped.OrganizationId == Guid.Empty && current is { } stamp) property.CurrentValue = stamp;
                else if (current is not null && scoped.OrganizationId != current)
                    throw new InvalidOperationException($"Refused to write a {entry.Metadata.ClrType.Name} of another organization.");
            }
            if (caches.Watches(entry.Metadata.ClrType)) cached.Add(entry.Entity);
        }
        return cached;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
