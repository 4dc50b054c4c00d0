using System.Text;
using System.Text.RegularExpressions;

namespace AIntops.Application.Ingest;

/// <summary>
/// Replaces what looks like personal data or a credential with a typed placeholder and counts the replacements per kind:
/// email addresses, API secrets (<c>sk-…</c>, <c>sk-ant-…</c>), AWS access keys (<c>AKIA…</c>), <c>Bearer …</c> tokens, JWTs and
/// card numbers (13–19 digits, spaces or dashes between them, Luhn-checked: a number failing the check stays). One pattern with
/// alternatives, so overlapping candidates go to the one starting first (<c>Bearer eyJ…</c> is a bearer token).
/// </summary>
public static partial class ContentRedactor
{
    public const string Email = "email", Secret = "secret", AwsKey = "aws_key", Bearer = "bearer", Jwt = "jwt", Card = "card";

    public static IReadOnlyList<string> Kinds { get; } = [Email, Secret, AwsKey, Bearer, Jwt, Card];

    [GeneratedRegex("""
        (?<bearer>\bBearer\s+[A-Za-z0-9\-._~+/]+=*)
        |(?<jwt>\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)
        |(?<secret>\bsk-(?:ant-)?[A-Za-z0-9_-]{16,})
        |(?<aws_key>\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)
        |(?<email>\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b)
        |(?<card>(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-]))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();

    /// <summary>The text with each match replaced by <c>[kind]</c>; <paramref name="counts"/> gains one per replacement.</summary>
    public static string Redact(string text, Dictionary<string, int> counts) =>
        Candidates().Replace(text, match =>
        {
            var kind = Kinds.First(k => match.Groups[k].Success);
            if (kind == Card && !IsLuhnValid(match.Value)) return match.Value;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            return $"[{kind}]";
        });

    /// <summary>The Luhn checksum of the digits (other characters skipped).</summary>
    public static bool IsLuhnValid(string number)
    {
        var (sum, doubled) = (0, false);
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(number[i])) continue;
            var digit = number[i] - '0';
            if (doubled && (digit *= 2) > 9) digit -= 9;
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /// <summary>The longest start of <paramref name="text"/> that is at most <paramref name="maxBytes"/> in UTF-8, never splitting a character.</summary>
    public static string TruncateUtf8(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= maxBytes || Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var (bytes, end) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes) break;
            bytes += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }
        return text[..end];
    }
}
