namespace AIntops.Domain.Insights;

/// <summary>Where the latest run of a job failed for one organization while it went on with the others; shown to that organization only.</summary>
public sealed class JobFailure : IOrganizationScoped
{
    private JobFailure() { }

    public JobFailure(string jobKey, Guid organizationId, DateTime failedAt, string error)
    {
        Id = Guid.NewGuid();
        JobKey = jobKey;
        OrganizationId = organizationId;
        FailedAt = failedAt;
        Error = error.Length <= JobRunLimits.ErrorMaxLength ? error : error[..JobRunLimits.ErrorMaxLength];
    }

    public Guid Id { get; private set; }
    public string JobKey { get; private set; } = "";
    public Guid OrganizationId { get; private set; }
    public DateTime FailedAt { get; private set; }
    public string Error { get; private set; } = "";
}
