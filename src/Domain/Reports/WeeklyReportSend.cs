namespace AIntops.Domain.Reports;

/// <summary>
/// An organization's weekly report of one week has been sent. One per (organization, week): the scheduled send inserts it in the
/// same transaction as the report's outbox rows, so of several instances only one sends the week; sending again on purpose counts up.
/// </summary>
public sealed class WeeklyReportSend : IOrganizationScoped
{
    public const int WeekMaxLength = 8;

    private WeeklyReportSend() { }

    public WeeklyReportSend(Guid organizationId, string week, DateTime sentAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Week = week;
        FirstSentAt = sentAt;
        LastSentAt = sentAt;
        Sends = 1;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }

    /// <summary>The ISO week, e.g. 2026-W49.</summary>
    public string Week { get; private set; } = "";

    public DateTime FirstSentAt { get; private set; }
    public DateTime LastSentAt { get; private set; }
    public int Sends { get; private set; }

    public void SentAgain(DateTime now)
    {
        LastSentAt = now;
        Sends++;
    }
}
