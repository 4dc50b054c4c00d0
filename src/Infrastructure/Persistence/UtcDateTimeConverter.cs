using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AIntops.Infrastructure.Persistence;

/// <summary>Everything is stored in UTC; values read back are marked as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v == null ? null : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
    v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
