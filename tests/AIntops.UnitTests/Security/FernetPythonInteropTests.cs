using System.Text;
using AIntops.Infrastructure.Security;

namespace AIntops.UnitTests.Security;

/// <summary>Checks our tokens against Python's reference <c>cryptography</c> package, in both directions.</summary>
public sealed class FernetPythonInteropTests
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes("interop: pässwörd ✓ 🔑 " + new string('x', 40));

    [PythonInteropFact]
    public void Python_decrypts_a_token_we_produce()
    {
        var key = FernetKey.Generate();
        var token = Fernet.Encrypt(key, Message, DateTimeOffset.UtcNow);

        var decryptedHex = PythonFernet.Run(
            "print(Fernet(sys.argv[1]).decrypt(sys.argv[2], ttl=60).hex())", key.ToBase64Url(), token);

        Assert.Equal(Convert.ToHexStringLower(Message), decryptedHex);
    }

    [PythonInteropFact]
    public void We_decrypt_a_token_python_produces()
    {
        var key = FernetKey.Generate();

        var token = PythonFernet.Run(
            "print(Fernet(sys.argv[1]).encrypt(bytes.fromhex(sys.argv[2])).decode())",
            key.ToBase64Url(), Convert.ToHexString(Message));

        Assert.Equal(Message, Fernet.Decrypt([key], token, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(60)));
    }
}
