using AIntops.Domain.Organizations;

namespace AIntops.Application.Common.Interfaces;

public interface ITokenIssuer
{
    (string Token, int ExpiresInSeconds) CreateAccessToken(Guid userId, Guid organizationId, Role role, Guid sessionId);

    string CreateRefreshToken(Guid familyId, long generation);

    /// <summary>Decodes a refresh token whose signature checks out; null for anything else.</summary>
    (Guid FamilyId, long Generation)? ReadRefreshToken(string token);
}
