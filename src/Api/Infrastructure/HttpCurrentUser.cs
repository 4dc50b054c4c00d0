using System.Security.Claims;
using AIntops.Application.Common;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Organizations;
using AIntops.Infrastructure.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AIntops.Api.Infrastructure;

/// <summary>The signed-in member, or the organization's API key acting for the person who created it.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId => ReadGuid(JwtRegisteredClaimNames.Sub) ?? ReadGuid(ApiKeyClaimsIdentity.CreatedByClaim);
    public Guid? OrganizationId => ReadGuid(TokenIssuer.OrganizationClaim) ?? ReadGuid(ApiKeyClaimsIdentity.OrganizationClaim);
    public Guid? SessionId => ReadGuid(TokenIssuer.SessionClaim);
    public Role? Role => RoleNames.TryParse(Principal?.FindFirst(TokenIssuer.RoleClaim)?.Value, out var role) ? role : null;
    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private Guid? ReadGuid(string claim) => Guid.TryParse(Principal?.FindFirst(claim)?.Value, out var id) ? id : null;
}
