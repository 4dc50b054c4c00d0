using System.ComponentModel;
using System.Diagnostics;
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

    private static class PythonFernet
    {
        private const string Requirement =
            $"The Fernet interop tests need python3 with the 'cryptography' package on PATH; set {PythonInteropFactAttribute.SkipVariable}=1 to skip them.";

        public static string Run(string statement, params string[] arguments)
        {
            var startInfo = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "-c", $"import sys\nfrom cryptography.fernet import Fernet\n{statement}" },
            };
            foreach (var argument in arguments)
                startInfo.ArgumentList.Add(argument);

            using var process = StartOrExplain(startInfo);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                Assert.Fail($"python3 did not finish within 30 seconds. {Requirement}");
            }

            Assert.True(process.ExitCode == 0, $"python3 failed with exit code {process.ExitCode}: {error.Result.Trim()}\n{Requirement}");
            return output.Result.Trim();
        }

        private static Process StartOrExplain(ProcessStartInfo startInfo)
        {
            try
            {
                return Process.Start(startInfo) ?? throw new InvalidOperationException($"python3 did not start. {Requirement}");
            }
            catch (Win32Exception exception)
            {
                throw new InvalidOperationException($"python3 could not be started ({exception.Message}). {Requirement}", exception);
            }
        }
    }
}

/// <summary>A fact that only skips when AINTOPS_SKIP_PYTHON_INTEROP=1; a missing python3 otherwise fails the test.</summary>
public sealed class PythonInteropFactAttribute : FactAttribute
{
    public const string SkipVariable = "AINTOPS_SKIP_PYTHON_INTEROP";

    public PythonInteropFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
            Skip = $"{SkipVariable}=1";
    }
}
