namespace AIntops.Domain.Ingest;

public static class DataModes
{
    public const string Real = "real";
    public const string Test = "test";
    public const string Demo = "demo";
    public static readonly IReadOnlyList<string> All = [Real, Test, Demo];

    /// <summary>The filter value that selects every data mode; reads default to real data only.</summary>
    public const string AllFilter = "all";

    /// <summary>What a read may filter on: one data mode or all of them.</summary>
    public static readonly IReadOnlyList<string> Filters = [.. All, AllFilter];
}

public static class Environments
{
    public const string Prod = "prod";
    public const string Staging = "staging";
    public const string Dev = "dev";
    public static readonly IReadOnlyList<string> All = [Prod, Staging, Dev];
}

public static class CallStatuses
{
    public const string Success = "success";
    public const string Error = "error";
    public static readonly IReadOnlyList<string> All = [Success, Error];
}

public static class IngestLimits
{
    public const int ExternalRequestIdMaxLength = 128;
    public const int DimensionMaxLength = 128;
    public const int ErrorCodeMaxLength = 128;
    public const int PromptHashMaxLength = 128;
    public const int MetadataMaxBytes = 4096;
    public const int ContentRoleMaxLength = 64;
    public const long MaxTokens = 100_000_000;
    public const long MaxLatencyMs = 86_400_000;
    public const decimal MaxCostUsd = 1_000_000m;
    public const int MaxBatchEvents = 1000;
    public const int MaxBatchBytes = 5 * 1024 * 1024;
}
