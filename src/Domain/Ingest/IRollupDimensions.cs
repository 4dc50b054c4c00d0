namespace AIntops.Domain.Ingest;

/// <summary>The dimensions every analytics filter applies to, on every rollup.</summary>
public interface IFilterDimensions
{
    int ProviderRef { get; }
    int ModelRef { get; }
    int TeamRef { get; }
    string Environment { get; }
    string DataMode { get; }
}

/// <summary>A rollup row of a period (hour or day) that analytics filter and group.</summary>
public interface IRollupFilterable : IFilterDimensions
{
    long PeriodStartMs { get; }
}
