using System.Linq.Expressions;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics;

/// <summary>How rollup rows are grouped: by period (hour, day or week), by up to two dimensions, and by provider when <paramref name="ByProvider"/>.</summary>
public sealed record UsageGrouping(string? Period = null, string? First = null, string? Second = null, bool ByProvider = false)
{
    public const string Hour = "hour";
    public const string Day = "day";
    public const string Week = "week";
    public const string User = "user";

    public static readonly UsageGrouping Total = new();

    /// <summary>The explorer's dimensions and the rollup column each reads: a ref, or a fixed word (<see cref="Words"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Dimensions = new Dictionary<string, string>
    {
        ["provider"] = nameof(UsageRollupRow.ProviderRef), ["model"] = nameof(UsageRollupRow.ModelRef), ["team"] = nameof(UsageRollupRow.TeamRef),
        ["endpointTag"] = nameof(UsageRollupRow.EndpointTagRef), ["promptVersion"] = nameof(UsageRollupRow.PromptVersionRef),
        ["environment"] = nameof(UsageRollupRow.Environment), ["apiKey"] = nameof(UsageRollupRow.ApiKeyRef), ["status"] = nameof(UsageRollupRow.Status),
        ["cacheOutcome"] = nameof(UsageRollupRow.CacheOutcome), [Workflow] = nameof(UsageRollupRow.WorkflowRef),
    };

    /// <summary>The dimensions stored as fixed words rather than refs.</summary>
    public static readonly IReadOnlySet<string> Words = new HashSet<string> { "environment", "status", "cacheOutcome" };

    /// <summary>The metadata's workflow, or the endpoint tag for calls sent without one (and rows counted before workflows were).</summary>
    public const string Workflow = "workflow";

    public bool Uses(string dimension) => First == dimension || Second == dimension;

    /// <summary>Start of the period holding <paramref name="startMs"/> (0 without a period); weeks start on Monday (1970-01-01 was a Thursday).</summary>
    public static long PeriodOf(string? period, long startMs) => period switch
    {
        null => 0,
        Week => startMs - ((startMs - 4 * UsageRollups.DayMs) % (7 * UsageRollups.DayMs) + 7 * UsageRollups.DayMs) % (7 * UsageRollups.DayMs),
        Hour => UsageRollups.StartOf(startMs, UsageRollups.HourMs),
        _ => UsageRollups.StartOf(startMs, UsageRollups.DayMs),
    };

    /// <summary>The group key as an expression EF Core translates to SQL.</summary>
    public Expression<Func<T, UsageKey>> KeyOf<T>(string periodProperty)
    {
        var row = Expression.Parameter(typeof(T), "r");
        var start = Expression.Property(row, periodProperty);
        Expression period = Period switch
        {
            null => Expression.Constant(0L),
            Week => Expression.Subtract(start, Expression.Modulo(Expression.Subtract(start, Expression.Constant(4 * UsageRollups.DayMs)),
                Expression.Constant(7 * UsageRollups.DayMs))),
            Hour => Expression.Subtract(start, Expression.Modulo(start, Expression.Constant(UsageRollups.HourMs))),
            _ => Expression.Subtract(start, Expression.Modulo(start, Expression.Constant(UsageRollups.DayMs))),
        };
        Expression Ref(string? name) => name switch
        {
            null => Expression.Constant(0),
            User => Expression.Property(row, nameof(UserRollupRow.EndUserRef)),
            Workflow => Expression.Condition(Expression.Equal(Expression.Property(row, nameof(UsageRollupRow.WorkflowRef)), Expression.Constant(0)),
                Expression.Property(row, nameof(UsageRollupRow.EndpointTagRef)), Expression.Property(row, nameof(UsageRollupRow.WorkflowRef))),
            _ when Words.Contains(name) => Expression.Constant(0),
            _ => Expression.Property(row, Dimensions[name]),
        };
        Expression Word(string? name) => name is not null && Words.Contains(name) ? Expression.Property(row, Dimensions[name]) : Expression.Constant("");
        MemberBinding Bind(string property, Expression value) => Expression.Bind(typeof(UsageKey).GetProperty(property)!, value);
        return Expression.Lambda<Func<T, UsageKey>>(Expression.MemberInit(Expression.New(typeof(UsageKey)),
            Bind(nameof(UsageKey.Period), period),
            Bind(nameof(UsageKey.Provider), ByProvider ? Expression.Property(row, nameof(UsageRollupRow.ProviderRef)) : Expression.Constant(0)),
            Bind(nameof(UsageKey.FirstRef), Ref(First)), Bind(nameof(UsageKey.FirstWord), Word(First)),
            Bind(nameof(UsageKey.SecondRef), Ref(Second)), Bind(nameof(UsageKey.SecondWord), Word(Second))), row);
    }
}
