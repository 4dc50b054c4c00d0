using System.ComponentModel;
using System.Diagnostics;

namespace AIntops.UnitTests.Security;

/// <summary>Runs a statement of Python's <c>cryptography</c> Fernet (imported as <c>Fernet</c>, arguments in <c>sys.argv</c>) and returns what it prints.</summary>
public static class PythonFernet
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
