using System.Text;
using AIntops.Infrastructure.Security;

namespace AIntops.UnitTests.Security;

public sealed record BcryptVector(
    string Id, string PasswordHex, string? PasswordText, string? PasswordUtf8, string Setting, string? Hash, string Portability, string[] Tags)
{
    public byte[] Password => Convert.FromHexString(PasswordHex);

    public string? PasswordString => PasswordText ?? PasswordUtf8;
}

public sealed class BcryptPasswordHasherTests
{
    private const string VectorFile = "bcrypt/vectors.json";
    private const string HelloHash = "$2b$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYey";

    private readonly BcryptPasswordHasher _hasher = new(cost: 4);

    public static TheoryData<TestVector<BcryptVector>> PortableVectors => Cases("all correct implementations agree");

    /// <summary>Passwords of 254+ bytes under $2a$: the correct result is the hash of the first 72 bytes.</summary>
    public static TheoryData<TestVector<BcryptVector>> LongPasswordVectors => Cases("correct algorithm; OpenBSD<5.5");

    /// <summary>Our policy: a NUL inside the password is hashed like any other byte (byte-length API semantics).</summary>
    public static TheoryData<TestVector<BcryptVector>> NulInPasswordVectors => Cases("implementation-defined: NUL handling");

    public static TheoryData<TestVector<BcryptVector>> InvalidSettingVectors => Cases("all: reject");

    /// <summary>Our policy: crypt_blowfish's $2x$ bug emulation is not supported.</summary>
    public static TheoryData<TestVector<BcryptVector>> CryptBlowfish2xVectors => Cases("crypt_blowfish-only: $2x$");

    public static TheoryData<TestVector<BcryptVector>> SafetyTweakVectors => Cases("crypt_blowfish-only: $2a$ 'safety' tweak");

    [Theory]
    [MemberData(nameof(PortableVectors))]
    [MemberData(nameof(LongPasswordVectors))]
    [MemberData(nameof(NulInPasswordVectors))]
    public void Setting_produces_the_expected_hash_which_verifies(TestVector<BcryptVector> vector)
    {
        var v = vector.Value;
        var expectedHash = v.Hash!;

        Assert.Equal(expectedHash, BcryptPasswordHasher.HashWithSetting(v.Password, v.Setting));
        Assert.True(BcryptPasswordHasher.VerifyBytes(v.Password, expectedHash));
        if (v.PasswordString is { } password)
            Assert.True(_hasher.Verify(password, expectedHash));
    }

    [Theory]
    [MemberData(nameof(InvalidSettingVectors))]
    [MemberData(nameof(CryptBlowfish2xVectors))]
    public void Invalid_setting_never_produces_or_verifies_a_hash(TestVector<BcryptVector> vector)
    {
        var v = vector.Value;
        var storedHash = v.Hash ?? v.Setting.PadRight(60, '.');

        Assert.Throws<FormatException>(() => BcryptPasswordHasher.HashWithSetting(v.Password, v.Setting));
        Assert.False(BcryptPasswordHasher.VerifyBytes(v.Password, storedHash));
    }

    /// <summary>$2a$ is computed exactly like $2b$ (OpenBSD, jBCrypt, pyca), not with PHP/glibc's tweak for some 0xff passwords.</summary>
    [Theory]
    [MemberData(nameof(SafetyTweakVectors))]
    public void Setting_2a_hashes_like_OpenBSD_without_the_crypt_blowfish_safety_tweak(TestVector<BcryptVector> vector)
    {
        var v = vector.Value;
        var openBsdChecksum = v.Portability[^31..];

        var hash = BcryptPasswordHasher.HashWithSetting(v.Password, v.Setting);

        Assert.Equal(v.Setting + openBsdChecksum, hash);
        Assert.Equal(BcryptPasswordHasher.HashWithSetting(v.Password, "$2b" + v.Setting[3..])[7..], hash[7..]);
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("pässwörd ✓ 🔑 with unicode")]
    [InlineData("exactly-seventy-two-bytes-long-password-0123456789-0123456789-012345678")]
    public void Hash_produces_a_2b_hash_with_the_configured_cost_that_verifies(string password)
    {
        var hash = _hasher.Hash(password);

        Assert.Matches(@"^\$2b\$04\$[./A-Za-z0-9]{53}$", hash);
        Assert.True(_hasher.Verify(password, hash));
        Assert.Equal(hash, BcryptPasswordHasher.HashWithSetting(Encoding.UTF8.GetBytes(password), hash));
    }

    [Fact]
    public void Hash_uses_a_fresh_salt_every_time()
    {
        Assert.NotEqual(_hasher.Hash("same password"), _hasher.Hash("same password"));
    }

    [Fact]
    public void Default_cost_is_12()
    {
        Assert.StartsWith("$2b$12$", new BcryptPasswordHasher().Hash("production password"));
    }

    [Fact]
    public void Verify_fails_for_a_wrong_password()
    {
        var hash = _hasher.Hash("correct horse battery staple");

        Assert.False(_hasher.Verify("correct horse battery stapl", hash));
        Assert.False(_hasher.Verify("Correct horse battery staple", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("*0")]
    [InlineData("$2b$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYe")]
    [InlineData("$2b$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYeyX")]
    [InlineData(" $2b$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYe")]
    [InlineData("$2b$03$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYey")]
    [InlineData("$2b$4$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYeyy")]
    [InlineData("$2x$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYey")]
    [InlineData("$2b$04$abcdefghijklmnopqrstu?wHJMEGjfAzmL1lWmUmlphguIbWfjYey")]
    [InlineData("$2b$04$abcdefghijklmnopqrstuuwHJMEGjfAzmL1lWmUmlphguIbWfjYé")]
    [InlineData("$2b$04$abcdefghijklmnopqrstuvwHJMEGjfAzmL1lWmUmlphguIbWfjYey")]
    public void Verify_returns_false_for_a_malformed_or_non_canonical_hash(string storedHash)
    {
        Assert.True(_hasher.Verify("hello", HelloHash));
        Assert.False(_hasher.Verify("hello", storedHash));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(32)]
    public void Constructor_rejects_a_cost_outside_4_to_31(int cost)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BcryptPasswordHasher(cost));
    }

    private static TheoryData<TestVector<BcryptVector>> Cases(string portabilityPrefix) =>
        TestVectors.Cases<BcryptVector>(
            VectorFile,
            v => $"{v.Id} {v.Setting} [{string.Join(", ", v.Tags)}]",
            v => v.Portability.StartsWith(portabilityPrefix, StringComparison.Ordinal));
}
