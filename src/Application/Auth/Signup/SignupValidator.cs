using FluentValidation;

namespace AIntops.Application.Auth.Signup;

public sealed class SignupValidator : AbstractValidator<SignupCommand>
{
    public SignupValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.Name).ValidName("Name");
        RuleFor(c => c.OrganizationName).ValidName("Organization name");
    }
}
