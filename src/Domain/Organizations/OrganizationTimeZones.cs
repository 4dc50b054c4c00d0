namespace AIntops.Domain.Organizations;

public static class OrganizationTimeZones
{
    /// <summary>An IANA id this machine's time zone database knows (UTC always).</summary>
    public static bool IsKnown(string id) =>
        id == "UTC" || (id.Contains('/') && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _));

    public static TimeZoneInfo Find(string id) =>
        id != "UTC" && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
