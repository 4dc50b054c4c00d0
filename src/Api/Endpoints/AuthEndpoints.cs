using AIntops.Api.Infrastructure;
using AIntops.Application.Auth;
using AIntops.Application.Auth.ChangePassword;
using AIntops.Application.Auth.GetAuthSettings;
using AIntops.Application.Auth.Login;
using AIntops.Application.Auth.Logout;
using AIntops.Application.Auth.Refresh;
using AIntops.Application.Auth.RequestPasswordReset;
using AIntops.Application.Auth.ResetPassword;
using AIntops.Application.Auth.Signup;
using AIntops.Application.Auth.SwitchOrganization;

namespace AIntops.Api.Endpoints;

public sealed class AuthEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/auth").WithTags("Auth").RequireRateLimiting(RateLimitSetup.AuthPolicy);

        group.MapPost("/signup", async Task<Created<AuthTokens>> (SignupCommand command, IMediator mediator, HttpContext context) =>
            {
                var tokens = await mediator.Send(command, context.RequestAborted);
                RefreshCookie.Issue(context, tokens);
                return TypedResults.Created("/v1/me", tokens);
            })
            .AllowAnonymous().IssuesRefreshCookie().WithName("Signup").WithSummary("Create an account and a new organization owned by it (403 when signup is closed)").WithProblems(400, 403, 409, 429);

        group.MapGet("/settings", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAuthSettingsQuery(), ct)))
            .AllowAnonymous().WithName("GetAuthSettings").WithSummary("Public sign-in settings: whether anyone may sign up").WithProblems(429);

        group.MapPost("/login", async (LoginCommand command, IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(command, context.RequestAborted)))
            .AllowAnonymous().IssuesRefreshCookie().WithName("Login").WithSummary("Sign in with email and password").WithProblems(400, 401, 403, 423, 429);

        group.MapPost("/refresh", async (IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(new RefreshCommand(await RefreshCookie.ReadAsync(context)), context.RequestAborted)))
            .AllowAnonymous().ReadsRefreshCookie(issues: true)
            .WithName("Refresh").WithSummary("Rotate a refresh token (from the body or the cookie) into a new token pair").WithProblems(401, 429);

        group.MapPost("/logout", async (IMediator mediator, HttpContext context) =>
            {
                await mediator.Send(new LogoutCommand(await RefreshCookie.ReadAsync(context)), context.RequestAborted);
                RefreshCookie.Clear(context);
                return TypedResults.NoContent();
            })
            .AllowAnonymous().ReadsRefreshCookie(issues: false)
            .WithName("Logout").WithSummary("End the session of a refresh token (body or cookie)").WithProblems(429);

        group.MapPost("/switch-organization", async (SwitchOrganizationCommand command, IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(command, context.RequestAborted)))
            .RequireAuthorization().IssuesRefreshCookie().WithName("SwitchOrganization").WithSummary("Switch to another organization the user belongs to").WithProblems(401, 404, 429);

        group.MapPost("/change-password", async (ChangePasswordCommand command, IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(command, context.RequestAborted)))
            .RequireAuthorization().IssuesRefreshCookie().WithName("ChangePassword").WithSummary("Change the password; every other session of the user ends").WithProblems(400, 401, 429);

        group.MapPost("/forgot-password", async Task<Accepted<PasswordResetRequested>> (RequestPasswordResetCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await mediator.Send(command, ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimitSetup.PasswordResetPolicy)
            .WithName("ForgotPassword").WithSummary("Email a password reset link; the answer is the same whether or not an account has the email").WithProblems(400, 429);

        group.MapPost("/reset-password", async (ResetPasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous().WithName("ResetPassword").WithSummary("Set a new password with the token of a reset link; every session of the user ends").WithProblems(400, 429);
    }
}
