using AIntops.Application.Common;
using AIntops.Application.Common.Validation;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Members.ChangeMemberRole;

public sealed record ChangeMemberRoleCommand(Guid UserId, [OneOf(typeof(RoleNames), nameof(RoleNames.All))] string Role) : IRequest<Unit>;

public sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRoleCommand>
{
    public ChangeMemberRoleValidator() =>
        RuleFor(c => c.Role).Must(r => RoleNames.TryParse(r, out _)).WithMessage($"Role must be one of: {string.Join(", ", RoleNames.All)}.");
}

public sealed class ChangeMemberRoleHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<ChangeMemberRoleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeMemberRoleCommand request, CancellationToken cancellationToken)
    {
        RoleNames.TryParse(request.Role, out var role);
        if (role == Role.Owner) MemberAccess.EnsureMayManageOwners(caller);
        var (membership, organization, ownerCount) = await db.LoadForChangeAsync(caller, request.UserId, cancellationToken);
        var previous = membership.Role;
        membership.ChangeRole(role, ownerCount);
        db.Record(organization.Id, ActivityTypes.RoleChanged, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: request.UserId.ToString(), detail: $"{previous.ToName()} → {role.ToName()}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
