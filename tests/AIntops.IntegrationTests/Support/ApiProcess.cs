using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The built API (<c>dotnet AIntops.Api.dll</c>) as a separate operating-system process on a free loopback
/// port, configured through environment variables as in production. Killed with its process tree on dispose.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private static readonly TimeSpan DefaultReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>The API build that matches the test build's configuration (Debug or Release).</summary>
    public static string ApiAssemblyPath
    {
        get
        {
            var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)); // bin/<Configuration>/<tfm>
            return Path.Combine(RepositoryRoot, "src", "Api", "bin", testOutput.Parent!.Name, testOutput.Name, "AIntops.Api.dll");
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AIntops.sln"))) return dir.FullName;
            throw new InvalidOperationException($"No AIntops.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>
    /// Starts the API with the given settings (configuration keys such as <c>Auth:BcryptCost</c>; passed as
    /// environment variables) and waits until <c>/health/ready</c> answers 200.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? readyTimeout = null)
    {
        if (!File.Exists(ApiAssemblyPath)) throw new FileNotFoundException("Build the API first.", ApiAssemblyPath);
        for (var attempt = 1; ; attempt++)
        {
            var api = Launch(settings);
            try
            {
                await api.WaitUntilReadyAsync(readyTimeout ?? DefaultReadyTimeout);
                return api;
            }
            catch (ProcessExitedException) when (attempt < 3 && api.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                api.Dispose(); // the free port was taken (e.g. by a client connection) before the API bound it: try another
            }
            catch
            {
                api.Dispose();
                throw;
            }
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Sends SIGTERM, as a container runtime or systemd does to stop the process gracefully.</summary>
    public void Terminate()
    {
        if (kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>The lines the process logged (JSON console format), parsed.</summary>
    public IReadOnlyList<JsonElement> LogEntries() =>
        Output.Split('\n').Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { } // never started or already gone
        _process.Dispose();
    }

    private static ApiProcess Launch(IReadOnlyDictionary<string, string?> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ApiAssemblyPath, "--contentRoot", Path.Combine(RepositoryRoot, "src", "Api"), "--urls", baseAddress.ToString() })
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;

        var api = new ApiProcess(new Process { StartInfo = start }, baseAddress);
        api._process.OutputDataReceived += (_, e) => api.Append(e.Data);
        api._process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        api._process.Start();
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        return api;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the output
                throw new ProcessExitedException($"The API process exited with code {_process.ExitCode} before it was ready:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { } // not listening yet
            await Task.Delay(100);
        }
        throw new TimeoutException($"The API at {BaseAddress} was not ready within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int SigTerm = 15;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    private sealed class ProcessExitedException(string message) : Exception(message);
}
