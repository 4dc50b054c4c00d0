using System.Reflection;
using FluentValidation;
using MediatR;

namespace AIntops.UnitTests.Architecture;

/// <summary>Where a newcomer looks for a use case: the folder named after its request, with its validator beside it.</summary>
public sealed class UseCaseLayoutTests
{
    private static readonly Type[] ApplicationTypes = typeof(AIntops.Application.DependencyInjection).Assembly.GetTypes();

    [Fact]
    public void Every_request_lives_in_the_folder_named_after_it()
    {
        var misplaced = ApplicationTypes
            .Where(t => t.GetInterfaces().Any(i => i == typeof(IBaseRequest)))
            .Where(t => t.Namespace!.Split('.')[^1] != UseCaseName(t))
            .Select(t => $"{t.Name} in {t.Namespace}").ToList();
        Assert.True(misplaced.Count == 0, "Put each request in a folder named after it: " + string.Join(", ", misplaced));
    }

    [Fact]
    public void Every_validator_lives_beside_what_it_validates()
    {
        var misplaced = ApplicationTypes
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => (Validator: t, Validated: t.BaseType!.GetGenericArguments()[0]))
            .Where(v => v.Validator.Namespace != v.Validated.Namespace)
            .Select(v => $"{v.Validator.Name} in {v.Validator.Namespace}, {v.Validated.Name} in {v.Validated.Namespace}").ToList();
        Assert.True(misplaced.Count == 0, "Declare each validator next to the type it validates: " + string.Join(", ", misplaced));
    }

    private static string UseCaseName(MemberInfo request) =>
        request.Name.EndsWith("Query") ? request.Name[..^"Query".Length] : request.Name.EndsWith("Command") ? request.Name[..^"Command".Length] : request.Name;
}
