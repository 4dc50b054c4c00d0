using AIntops.Domain.Organizations;

namespace AIntops.Application.Common;

/// <summary>Roles travel as lower-case names on the wire and in tokens.</summary>
public static class RoleNames
{
    public static string ToName(this Role role) => role.ToString().ToLowerInvariant();

    public static readonly IReadOnlyList<string> All = Enum.GetValues<Role>().Select(ToName).ToList();

    public static bool TryParse(string? name, out Role role) =>
        Enum.TryParse(name, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(name, out _);
}
