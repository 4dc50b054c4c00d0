namespace AIntops.Application.Common.Activity;

public static class ActivityLog
{
    public static void Record(this IAppDbContext db, Guid organizationId, string type, Guid? actorUserId, string? clientIp, DateTime now,
        string? subject = null, string? detail = null) =>
        db.ActivityEvents.Add(new ActivityEvent(organizationId, type, actorUserId, subject, detail, clientIp, now));
}
