using System.Collections;
using System.Reflection;

namespace AIntops.Application.Common.Validation;

/// <summary>
/// Names the closed set of values a string parameter or property accepts: a static list in code (<paramref name="owner"/>.<paramref name="member"/>)
/// that its validator checks with <see cref="OneOfRules.OneOf{T}"/>, and that the OpenAPI document shows as the parameter's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class OneOfAttribute(Type owner, string member) : Attribute
{
    public IReadOnlyList<string> Values { get; } = ValuesOf(owner, member);

    private static List<string> ValuesOf(Type owner, string member)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static;
        var value = owner.GetField(member, flags)?.GetValue(null) ?? owner.GetProperty(member, flags)?.GetValue(null)
            ?? throw new ArgumentException($"{owner.Name}.{member} is not a public static list.", nameof(member));
        return value switch
        {
            IDictionary dictionary => [.. dictionary.Keys.Cast<string>()],
            IEnumerable<string> values => [.. values],
            _ => throw new ArgumentException($"{owner.Name}.{member} is not a list of strings.", nameof(member)),
        };
    }
}

public static class OneOfRules
{
    /// <summary>Absent, or one of <paramref name="values"/>; the message names the parameter and lists them.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> values, string name)
    {
        var allowed = values.ToList();
        return rule.Must(value => value is null || allowed.Contains(value)).WithMessage($"{name} must be one of: {string.Join(", ", allowed)}.");
    }
}
