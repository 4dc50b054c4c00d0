namespace AIntops.Application.Auth;

public sealed record AuthTokens(string AccessToken, int ExpiresIn, string RefreshToken, DateTime RefreshTokenExpiresAt)
{
    public string TokenType => "Bearer";
}
