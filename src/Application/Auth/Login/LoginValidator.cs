using AIntops.Domain.Common;
using FluentValidation;

namespace AIntops.Application.Auth.Login;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Email is required.").MaximumLength(Limits.EmailMaxLength);
        RuleFor(c => c.Password).NotEmpty().WithMessage("Password is required.");
    }
}
