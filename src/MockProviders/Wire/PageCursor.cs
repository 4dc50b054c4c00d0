using System.Text;

namespace AIntops.MockProviders.Wire;

/// <summary>Page cursors in the real APIs' form: <c>page_</c> + base64 of where the next page starts.</summary>
public static class PageCursor
{
    public static string Encode(string start) => "page_" + Convert.ToBase64String(Encoding.ASCII.GetBytes(start));

    public static DateTimeOffset? Decode(string? page, Func<string, DateTimeOffset> parseStart, string invalidMessage)
    {
        if (string.IsNullOrEmpty(page)) return null;
        try
        {
            return parseStart(Encoding.ASCII.GetString(Convert.FromBase64String(page.StartsWith("page_", StringComparison.Ordinal) ? page[5..] : page)));
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new BadQueryException(invalidMessage, "page");
        }
    }
}
