using AIntops.Infrastructure.Security;

namespace AIntops.UnitTests.Security;

public sealed class FernetSecretProtectorTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly FixedTimeProvider Clock = new(Now);

    [Theory]
    [InlineData("")]
    [InlineData("sk-live-0123456789abcdef")]
    [InlineData("https://hooks.example.com/services/T000/B000/XXXX?token=a+b/c=")]
    [InlineData("pässwörd ✓ 🔑")]
    public void Unprotect_returns_what_Protect_was_given(string secret)
    {
        var protector = new FernetSecretProtector([FernetKey.Generate()], Clock);

        Assert.Equal(secret, protector.Unprotect(protector.Protect(secret)));
    }

    [Fact]
    public void Protect_encrypts_with_the_first_key_only()
    {
        FernetKey[] keys = [FernetKey.Generate(), FernetKey.Generate(), FernetKey.Generate()];

        var token = new FernetSecretProtector(keys, Clock).Protect("secret");

        Assert.Equal("secret"u8.ToArray(), Fernet.Decrypt([keys[0]], token, Now));
        Assert.Throws<InvalidFernetTokenException>(() => Fernet.Decrypt(keys[1..], token, Now));
    }

    [Fact]
    public void Protect_stamps_the_token_with_the_time_provider_clock()
    {
        var key = FernetKey.Generate();
        var token = new FernetSecretProtector([key], Clock).Protect("secret");
        var ttl = TimeSpan.FromMinutes(1);

        Assert.Equal("secret"u8.ToArray(), Fernet.Decrypt([key], token, Now + ttl, ttl));
        Assert.Throws<InvalidFernetTokenException>(() => Fernet.Decrypt([key], token, Now + ttl + TimeSpan.FromSeconds(1), ttl));
    }

    [Fact]
    public void Key_rotation_keeps_old_secrets_readable_and_moves_new_ones_to_the_new_key()
    {
        var oldKey = FernetKey.Generate();
        var newKey = FernetKey.Generate();
        var before = new FernetSecretProtector([oldKey], Clock);
        var during = new FernetSecretProtector([newKey, oldKey], Clock);
        var after = new FernetSecretProtector([newKey], Clock);

        var storedBefore = before.Protect("provider-api-key");
        var reEncrypted = during.Protect(during.Unprotect(storedBefore));

        Assert.Equal("provider-api-key", during.Unprotect(storedBefore));
        Assert.Equal("provider-api-key", after.Unprotect(reEncrypted));
        Assert.Throws<InvalidFernetTokenException>(() => after.Unprotect(storedBefore));
        Assert.Throws<InvalidFernetTokenException>(() => before.Unprotect(reEncrypted));
    }

    [Fact]
    public void Reprotect_moves_a_token_to_the_first_key_and_leaves_one_already_there()
    {
        var oldKey = FernetKey.Generate();
        var newKey = FernetKey.Generate();
        var stored = new FernetSecretProtector([oldKey], Clock).Protect("provider-api-key");
        var during = new FernetSecretProtector([newKey, oldKey], Clock);

        var moved = during.Reprotect(stored)!;

        Assert.Equal("provider-api-key"u8.ToArray(), Fernet.Decrypt([newKey], moved, Now));
        Assert.Null(during.Reprotect(moved));
        Assert.Throws<InvalidFernetTokenException>(() => new FernetSecretProtector([newKey], Clock).Reprotect(stored));
    }

    [Fact]
    public void Unprotect_rejects_a_token_from_an_unknown_key()
    {
        var protector = new FernetSecretProtector([FernetKey.Generate(), FernetKey.Generate()], Clock);
        var foreign = new FernetSecretProtector([FernetKey.Generate()], Clock).Protect("secret");

        Assert.Throws<InvalidFernetTokenException>(() => protector.Unprotect(foreign));
    }

    [Fact]
    public void Constructor_requires_at_least_one_key()
    {
        Assert.Throws<ArgumentException>(() => new FernetSecretProtector([], Clock));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
