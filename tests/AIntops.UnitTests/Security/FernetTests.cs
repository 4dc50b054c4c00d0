using System.Globalization;
using System.Text;
using AIntops.Infrastructure.Security;

namespace AIntops.UnitTests.Security;

public sealed record FernetSpecVector(string Token, string Now, string Src, string Secret, int[]? Iv, int? TtlSec);

public sealed record FernetInvalidVector(string Desc, string Token, string Now, int TtlSec, string Secret);

public sealed record FernetOracleVector(string Desc, string Secret, ulong Timestamp, string IvHex, string SrcHex, string Token);

public sealed record FernetTtlBoundaryVector(string Desc, string Secret, string Token, long TtlSec, long Now, bool Valid, string Src);

public sealed record FernetTamperVector(string Desc, string Secret, string Token);

public sealed class FernetTests
{
    private static readonly DateTimeOffset AnyTime = DateTimeOffset.UnixEpoch;

    public static TheoryData<TestVector<FernetSpecVector>> GenerateVectors => SpecCases("fernet/generate.json");

    public static TheoryData<TestVector<FernetSpecVector>> VerifyVectors => SpecCases("fernet/verify.json");

    public static TheoryData<TestVector<FernetInvalidVector>> InvalidVectors =>
        TestVectors.Cases<FernetInvalidVector>("fernet/invalid.json", v => v.Desc);

    public static TheoryData<TestVector<FernetOracleVector>> OracleVectors =>
        TestVectors.Cases<FernetOracleVector>("fernet/extra-oracle-vectors.json", v => v.Desc);

    public static TheoryData<TestVector<FernetTtlBoundaryVector>> TtlBoundaryVectors =>
        TestVectors.Cases<FernetTtlBoundaryVector>("fernet/ttl-boundary-vectors.json", v => v.Desc);

    public static TheoryData<TestVector<FernetTamperVector>> TamperVectors =>
        TestVectors.Cases<FernetTamperVector>("fernet/tamper-vectors.json", v => v.Desc);

    [Theory]
    [MemberData(nameof(GenerateVectors))]
    public void Encrypt_reproduces_the_spec_token(TestVector<FernetSpecVector> vector)
    {
        var v = vector.Value;
        var iv = v.Iv!.Select(b => (byte)b).ToArray();

        var token = Fernet.Encrypt(FernetKey.Parse(v.Secret), Encoding.UTF8.GetBytes(v.Src), ParseTime(v.Now), iv);

        Assert.Equal(v.Token, token);
    }

    [Theory]
    [MemberData(nameof(VerifyVectors))]
    public void Decrypt_accepts_the_spec_token(TestVector<FernetSpecVector> vector)
    {
        var v = vector.Value;

        var plaintext = Fernet.Decrypt([FernetKey.Parse(v.Secret)], v.Token, ParseTime(v.Now), TimeSpan.FromSeconds(v.TtlSec!.Value));

        Assert.Equal(v.Src, Encoding.UTF8.GetString(plaintext));
    }

    [Theory]
    [MemberData(nameof(InvalidVectors))]
    public void Decrypt_rejects_the_spec_invalid_token(TestVector<FernetInvalidVector> vector)
    {
        var v = vector.Value;

        Assert.Throws<InvalidFernetTokenException>(() =>
            Fernet.Decrypt([FernetKey.Parse(v.Secret)], v.Token, ParseTime(v.Now), TimeSpan.FromSeconds(v.TtlSec)));
    }

    [Theory]
    [MemberData(nameof(OracleVectors))]
    public void Encrypt_and_decrypt_match_the_oracle(TestVector<FernetOracleVector> vector)
    {
        var v = vector.Value;
        var key = FernetKey.Parse(v.Secret);
        var plaintext = Convert.FromHexString(v.SrcHex);

        Assert.Equal(v.Token, Fernet.Encrypt(key, plaintext, v.Timestamp, Convert.FromHexString(v.IvHex)));
        Assert.Equal(plaintext, Fernet.Decrypt([key], v.Token, AnyTime));
    }

    [Theory]
    [MemberData(nameof(TtlBoundaryVectors))]
    public void Decrypt_applies_the_ttl_and_clock_skew_boundaries(TestVector<FernetTtlBoundaryVector> vector)
    {
        var v = vector.Value;
        byte[] Decrypt() => Fernet.Decrypt(
            [FernetKey.Parse(v.Secret)], v.Token, DateTimeOffset.FromUnixTimeSeconds(v.Now), TimeSpan.FromSeconds(v.TtlSec));

        if (v.Valid)
            Assert.Equal(v.Src, Encoding.UTF8.GetString(Decrypt()));
        else
            Assert.Throws<InvalidFernetTokenException>(Decrypt);
    }

    [Theory]
    [MemberData(nameof(TamperVectors))]
    public void Decrypt_rejects_the_tampered_token(TestVector<FernetTamperVector> vector)
    {
        var v = vector.Value;

        Assert.Throws<InvalidFernetTokenException>(() => Fernet.Decrypt([FernetKey.Parse(v.Secret)], v.Token, AnyTime));
    }

    [Fact]
    public void Decrypt_ignores_the_timestamp_without_a_ttl()
    {
        var key = FernetKey.Generate();
        var token = Fernet.Encrypt(key, "old"u8, DateTimeOffset.UnixEpoch);

        Assert.Equal("old"u8.ToArray(), Fernet.Decrypt([key], token, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Encrypt_uses_a_fresh_random_iv_for_every_token()
    {
        var key = FernetKey.Generate();
        var now = DateTimeOffset.UtcNow;

        var first = Fernet.Encrypt(key, "same"u8, now);
        var second = Fernet.Encrypt(key, "same"u8, now);

        Assert.NotEqual(first, second);
        Assert.Equal(Fernet.Decrypt([key], first, now), Fernet.Decrypt([key], second, now));
    }

    [Fact]
    public void Decrypt_tries_every_key_and_rejects_an_unknown_one()
    {
        var keys = Enumerable.Range(0, 3).Select(_ => FernetKey.Generate()).ToArray();

        foreach (var key in keys)
            Assert.Equal("rotated"u8.ToArray(), Fernet.Decrypt(keys, Fernet.Encrypt(key, "rotated"u8, AnyTime), AnyTime));

        var foreignToken = Fernet.Encrypt(FernetKey.Generate(), "rotated"u8, AnyTime);
        Assert.Throws<InvalidFernetTokenException>(() => Fernet.Decrypt(keys, foreignToken, AnyTime));
    }

    [Fact]
    public void Generated_key_survives_a_round_trip_through_its_text_form()
    {
        var key = FernetKey.Generate();
        var encoded = key.ToBase64Url();
        var token = Fernet.Encrypt(key, "secret"u8, AnyTime);

        Assert.Equal(44, encoded.Length);
        Assert.Equal("secret"u8.ToArray(), Fernet.Decrypt([FernetKey.Parse(encoded)], token, AnyTime));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4")]
    [InlineData("cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4=")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=\n")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")]
    public void Parse_rejects_anything_but_32_bytes_of_padded_url_safe_base64(string encodedKey)
    {
        Assert.Throws<FormatException>(() => FernetKey.Parse(encodedKey));
    }

    private static TheoryData<TestVector<FernetSpecVector>> SpecCases(string file) =>
        TestVectors.Cases<FernetSpecVector>(file, v => $"\"{v.Src}\" at {v.Now}");

    private static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
