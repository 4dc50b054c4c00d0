namespace AIntops.Application.Anomalies.Detection;

/// <summary>Spend of one UTC hour (<see cref="HourUtc"/> is the hour's start).</summary>
public readonly record struct HourlySpend(DateTime HourUtc, long CostNanoUsd);
