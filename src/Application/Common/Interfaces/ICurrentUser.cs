using AIntops.Domain.Organizations;

namespace AIntops.Application.Common.Interfaces;

public interface ICurrentUser
{
    Guid? UserId { get; }
    Guid? OrganizationId { get; }
    Role? Role { get; }
    /// <summary>The refresh-token family the access token was issued from.</summary>
    Guid? SessionId { get; }
    string? ClientIp { get; }
}

public static class CurrentUserExtensions
{
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new Exceptions.UnauthorizedException("Sign in first.");

    public static Guid RequireOrganizationId(this ICurrentUser user) =>
        user.OrganizationId ?? throw new Exceptions.UnauthorizedException("Sign in first.");

    public static Role RequireRole(this ICurrentUser user) =>
        user.Role ?? throw new Exceptions.UnauthorizedException("Sign in first.");
}
