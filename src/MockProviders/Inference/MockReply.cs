using System.Text.RegularExpressions;

namespace AIntops.MockProviders.Inference;

/// <summary>The mock's answer: a fixed sentence quoting the start of the last message, cut to the caller's token limit.</summary>
public sealed partial record MockReply(string Text, bool Truncated)
{
    private const string Opening = "This is a mock reply to: ";
    private const int QuotedChars = 60;

    public long Tokens => MockTokens.Count(Text);

    public static MockReply To(string lastMessage, long? maxTokens)
    {
        var quoted = lastMessage.Trim();
        var text = (Opening + Cut(quoted, QuotedChars)).TrimEnd();
        return maxTokens is { } max && MockTokens.Count(text) > max
            ? new MockReply(Cut(text, (int)max * MockTokens.CharsPerToken).TrimEnd(), Truncated: true)
            : new MockReply(text, Truncated: false);
    }

    /// <summary>The text as streamed: one piece per word, each with the whitespace before it.</summary>
    public IReadOnlyList<string> Chunks() => Word().Matches(Text).Select(m => m.Value).ToList();

    private static string Cut(string text, int length)
    {
        if (text.Length <= length) return text;
        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    [GeneratedRegex(@"\s*\S+")]
    private static partial Regex Word();
}

/// <summary>The mock's tokenizer: one token per four characters, rounded up.</summary>
public static class MockTokens
{
    public const int CharsPerToken = 4;

    public static long Count(string text) => (text.Length + CharsPerToken - 1) / CharsPerToken;
}
