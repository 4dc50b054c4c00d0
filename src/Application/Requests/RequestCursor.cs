using System.Globalization;

namespace AIntops.Application.Requests;

/// <summary>A position in the request log (newest first): the next page holds events strictly older than (TimestampMs, Id).</summary>
public readonly record struct RequestCursor(long TimestampMs, Guid Id)
{
    public override string ToString() => $"{TimestampMs.ToString(CultureInfo.InvariantCulture)}_{Id:N}";

    public static bool TryParse(string? text, out RequestCursor cursor)
    {
        cursor = default;
        var parts = text?.Split('_');
        if (parts is not [var timestamp, var id]
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestampMs)
            || !Guid.TryParseExact(id, "N", out var guid)) return false;
        cursor = new RequestCursor(timestampMs, guid);
        return true;
    }
}
