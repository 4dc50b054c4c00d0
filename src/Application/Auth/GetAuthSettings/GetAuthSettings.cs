using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.GetAuthSettings;

/// <summary>What the sign-in and sign-up pages need to know before anyone is signed in.</summary>
public sealed record GetAuthSettingsQuery : IRequest<AuthSettings>;

/// <param name="SignupOpen">Anyone may create an account and organization; otherwise only invited people can join.</param>
public sealed record AuthSettings(bool SignupOpen);

public sealed class GetAuthSettingsHandler(IAppDbContext db, IOptions<AuthOptions> options) : IRequestHandler<GetAuthSettingsQuery, AuthSettings>
{
    public async Task<AuthSettings> Handle(GetAuthSettingsQuery request, CancellationToken cancellationToken) =>
        new(await db.IsSignupOpenAsync(options.Value, cancellationToken));
}

public static class SignupAccess
{
    /// <summary>With <c>Auth:AllowSignup</c> off, the first account of an empty installation is still allowed: someone has to own it.</summary>
    public static async Task<bool> IsSignupOpenAsync(this IAppDbContext db, AuthOptions options, CancellationToken cancellationToken) =>
        options.AllowSignup || !await db.Users.AnyAsync(cancellationToken);
}
