using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Anomalies;
using AIntops.Application.Jobs;
using AIntops.Application.Notifications.Delivery;
using AIntops.Application.Recommendations;
using AIntops.Application.Providers.Sync;
using AIntops.Infrastructure.Persistence;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>
/// The scheduler in the API host: the RAM store with SQLite (one instance), the clustered persistent store
/// with PostgreSQL, so that several API instances on one database run each scheduled job once
/// (docs/adr/0016-several-instances.md). Jobs and triggers carry only strings and keys.
/// </summary>
public static class JobsSetup
{
    public const string SchedulerName = "AIntops";

    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var providerSync = configuration.GetSection(ProviderSyncOptions.Section).Get<ProviderSyncOptions>() ?? new ProviderSyncOptions();
        var delivery = configuration.GetSection(NotificationDeliveryOptions.Section).Get<NotificationDeliveryOptions>() ?? new NotificationDeliveryOptions();
        var budgets = configuration.GetSection(BudgetMonitoringOptions.Section).Get<BudgetMonitoringOptions>() ?? new BudgetMonitoringOptions();
        var anomalies = configuration.GetSection(AnomalyDetectionJobOptions.Section).Get<AnomalyDetectionJobOptions>() ?? new AnomalyDetectionJobOptions();
        var recommendations = configuration.GetSection(RecommendationJobOptions.Section).Get<RecommendationJobOptions>() ?? new RecommendationJobOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<AnomalyDetectionJobOptions>(configuration.GetSection(AnomalyDetectionJobOptions.Section));
        services.Configure<RecommendationJobOptions>(configuration.GetSection(RecommendationJobOptions.Section));
        services.Configure<BudgetMonitoringOptions>(configuration.GetSection(BudgetMonitoringOptions.Section));
        services.AddHostedService<BudgetWatch>();
        services.AddSingleton<IProviderSyncTrigger, QuartzProviderSyncTrigger>();
        services.AddSingleton<IJobSchedule, QuartzJobSchedule>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            if (database.IsPostgres) UseClusteredStore(quartz, database.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres."), configuration);
            else quartz.UseInMemoryStore();

            quartz.Schedule<ProviderSyncJob>(ProviderSyncJob.Key, "Hourly sync of every provider connection", providerSync.FirstRunDelay, providerSync.Interval);
            quartz.AddJob<ProviderConnectionSyncJob>(job => job.WithIdentity(ProviderConnectionSyncJob.Key).WithDescription("Sync of one provider connection (sync now, first backfill)").StoreDurably());
            quartz.Schedule<RetentionJob>(RetentionJob.Key, "Retention of raw events and rollups",
                configuration.GetValue("Jobs:Retention:FirstRunDelay", TimeSpan.FromMinutes(5)), configuration.GetValue("Jobs:Retention:Interval", TimeSpan.FromDays(1)));
            quartz.Schedule<NotificationDeliveryJob>(NotificationDeliveryJob.Key, "Alert delivery to Slack and email", delivery.FirstRunDelay, delivery.Interval);
            quartz.Schedule<BudgetMonitoringJob>(BudgetMonitoringJob.Key, "Budget monitoring and forecasts", budgets.FirstRunDelay, budgets.Interval);
            quartz.Schedule<AnomalyDetectionJob>(AnomalyDetectionJob.Key, "Anomaly detection of the latest complete hour", anomalies.FirstRunDelay, anomalies.Interval);
            quartz.Schedule<RecommendationsJob>(RecommendationsJob.Key, "Savings recommendations over the last 30 days", recommendations.FirstRunDelay, recommendations.Interval);
            quartz.Schedule<WeeklyReportJob>(WeeklyReportJob.Key, "Weekly report of each organization, on Monday after 08:00 in its time zone",
                configuration.GetValue("Jobs:WeeklyReport:FirstRunDelay", TimeSpan.FromMinutes(3)), configuration.GetValue("Jobs:WeeklyReport:Interval", TimeSpan.FromMinutes(15)));
            quartz.AddJobListener(sp => new JobRunListener(sp.GetRequiredService<JobRunRecorder>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Application.Common.Observability.AppMetrics>(), sp.GetRequiredService<ILogger<JobRunListener>>()), []);
        });
        // Every instance declares the same triggers at startup and replaces the stored ones; a replacement keeps the
        // schedule's phase, so instances starting at different times do not shift (or, in a race, double) the runs.
        services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>A job with one trigger that first fires <paramref name="firstRunDelay"/> after start, then every <paramref name="interval"/>.</summary>
    private static void Schedule<TJob>(this IQuartzBuilder quartz, JobKey key, string description, TimeSpan firstRunDelay, TimeSpan interval)
        where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key).WithDescription(description));
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity($"{key.Name}-schedule", key.Group)
            .StartAt(DateTimeOffset.UtcNow + firstRunDelay)
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()));
    }

    /// <summary>
    /// Quartz's tables live in the application database (created when missing); each instance checks in
    /// every <c>Jobs:Cluster:CheckinInterval</c> and takes over the jobs of an instance that stopped checking in.
    /// </summary>
    private static void UseClusteredStore(IQuartzBuilder quartz, string connectionString, IConfiguration configuration)
    {
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(cluster => // each instance gets a generated instance id
            {
                cluster.CheckinInterval = configuration.GetValue("Jobs:Cluster:CheckinInterval", TimeSpan.FromSeconds(10));
                cluster.CheckinMisfireThreshold = configuration.GetValue("Jobs:Cluster:CheckinMisfireThreshold", TimeSpan.FromSeconds(30));
            });
            store.ProvisionSchema();
        });
    }
}
