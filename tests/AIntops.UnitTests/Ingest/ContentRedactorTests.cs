using System.Text.Json;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;

namespace AIntops.UnitTests.Ingest;

public sealed class ContentRedactorTests
{
    private static (string Text, Dictionary<string, int> Counts) Redact(string text)
    {
        var counts = new Dictionary<string, int>();
        return (ContentRedactor.Redact(text, counts), counts);
    }

    [Theory]
    [InlineData("mail jane.doe+ai@example.co.uk now", "mail [email] now", "email")]
    [InlineData("key sk-proj-abcdefghijklmnop1234 end", "key [secret] end", "secret")]
    [InlineData("key sk-ant-api03-AbCdEfGhIjKlMnOp_qr end", "key [secret] end", "secret")]
    [InlineData("aws AKIAIOSFODNN7EXAMPLE.", "aws [aws_key].", "aws_key")]
    [InlineData("Authorization: Bearer abc.DEF-123_xyz==", "Authorization: [bearer]", "bearer")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl here", "token [jwt] here", "jwt")]
    [InlineData("card 4111 1111 1111 1111 exp", "card [card] exp", "card")]
    [InlineData("card 5500-0000-0000-0004", "card [card]", "card")]
    [InlineData("amex 378282246310005", "amex [card]", "card")]
    public void Each_kind_is_replaced_by_its_placeholder_and_counted(string text, string expected, string kind)
    {
        var (redacted, counts) = Redact(text);

        Assert.Equal(expected, redacted);
        Assert.Equal(new Dictionary<string, int> { [kind] = 1 }, counts);
    }

    [Theory]
    [InlineData("order 4111 1111 1111 1112")]
    [InlineData("id 12345678901234567890123")]
    [InlineData("phone +1 555 123 4567, date 2026-12-06")]
    [InlineData("sk-short and task-list and AKIA123")]
    [InlineData("an @ sign, a@b and eyJ alone")]
    [InlineData("Bearer")]
    public void Look_alikes_stay(string text)
    {
        var (redacted, counts) = Redact(text);

        Assert.Equal(text, redacted);
        Assert.Empty(counts);
    }

    [Fact]
    public void Overlapping_candidates_go_to_the_one_that_starts_first_and_each_is_counted()
    {
        var (redacted, counts) = Redact(
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln; sk-abcdefghijklmnopqrstuv@example.com; a@x.io b@y.io 4242424242424242");

        Assert.Equal("[bearer]; [secret]@example.com; [email] [email] [card]", redacted);
        Assert.Equal(new Dictionary<string, int> { ["bearer"] = 1, ["secret"] = 1, ["email"] = 2, ["card"] = 1 }, counts);
    }

    [Fact]
    public void Luhn_checks_digits_only()
    {
        Assert.True(ContentRedactor.IsLuhnValid("4111-1111-1111-1111"));
        Assert.False(ContentRedactor.IsLuhnValid("4111-1111-1111-1112"));
    }

    [Theory]
    [InlineData("héllo", 2, "h")]
    [InlineData("héllo", 3, "hé")]
    [InlineData("a😀b", 4, "a")]
    [InlineData("a😀b", 5, "a😀")]
    [InlineData("日本語", 8, "日本")]
    [InlineData("short", 100, "short")]
    public void Truncation_counts_utf8_bytes_and_never_splits_a_character(string text, int maxBytes, string expected) =>
        Assert.Equal(expected, ContentRedactor.TruncateUtf8(text, maxBytes));

    [Fact]
    public void Content_is_redacted_then_cut_per_side_and_messages_past_the_size_are_dropped()
    {
        var e = new LlmEvent { Id = Guid.NewGuid(), Labels = new EventLabels { OrganizationId = Guid.NewGuid() }, ReceivedAtMs = 42 };
        var input = new ContentSide(null, [new ChatMessage("system", "be brief"), new ChatMessage("user", "mail me at ann@example.com please"),
            new ChatMessage("user", "dropped")]);

        var content = EventContent.Build(e, input, new ContentSide("é" + new string('x', 30), null), maxBytes: 20);

        Assert.Equal("""[{"role":"system","content":"be brief"},{"role":"user","content":"mail me at ["}]""", content.InputJson);
        Assert.Equal(JsonSerializer.Serialize("é" + new string('x', 18)), content.OutputJson);
        Assert.True(content.Truncated);
        Assert.Equal("""{"email":1}""", content.RedactionsJson);
        Assert.Equal((e.Id, e.Labels.OrganizationId, 42L), (content.EventId, content.OrganizationId, content.CreatedAtMs));
    }

    [Fact]
    public void Content_within_the_size_is_not_marked_truncated()
    {
        var content = EventContent.Build(new LlmEvent(), new ContentSide("hi", null), null, maxBytes: 2);

        Assert.False(content.Truncated);
        Assert.Null(content.OutputJson);
        Assert.Equal("{}", content.RedactionsJson);
    }
}
