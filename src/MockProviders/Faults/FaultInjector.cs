namespace AIntops.MockProviders.Faults;

/// <summary>The active fault rules, changed at run time through <c>/_mock/faults</c>.</summary>
public sealed class FaultInjector(IEnumerable<FaultRule> initialRules)
{
    private readonly Lock _lock = new();
    private readonly List<FaultRule> _rules = initialRules.Select(r => r.Copy()).ToList();
    private long _requests;

    public void Add(FaultRule rule)
    {
        lock (_lock) _rules.Add(rule.Copy());
    }

    public void Reset()
    {
        lock (_lock)
        {
            _rules.Clear();
            _requests = 0;
        }
    }

    public FaultState State()
    {
        lock (_lock) return new FaultState(_rules.Select(r => r.Copy()).ToList(), _requests);
    }

    /// <summary>Counts a provider request and returns the rule it triggers, if any.</summary>
    public FaultRule? Next(string provider, Func<int> pageOrdinal)
    {
        lock (_lock)
        {
            _requests++;
            var rule = _rules.FirstOrDefault(r => (r.Provider is null || r.Provider == provider) && (r.Page is null || r.Page == pageOrdinal()));
            if (rule?.Skip is > 0 and var skip)
            {
                rule.Skip = skip - 1;
                return null;
            }
            if (rule?.Times is { } times)
            {
                rule.Times = times - 1;
                if (rule.Times <= 0) _rules.Remove(rule);
            }
            return rule?.Copy();
        }
    }
}

/// <param name="Requests">Provider API requests received since start or the last reset, faulted ones included.</param>
public sealed record FaultState(IReadOnlyList<FaultRule> Rules, long Requests);
