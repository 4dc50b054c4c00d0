using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// Every log line the host writes while <see cref="Enabled"/>, at every level and whatever the configured levels, with the
/// scopes opened around it and its structured values: for tests that search the log for what must never be in it.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public bool Enabled { get; set; }

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose() { }

    private void Add<TState>(string line, TState state)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        _lines.Enqueue($"{line} {values}");
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            if (capture.Enabled) capture.Add($"{category} scope: {state}", state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => capture.Enabled;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (capture.Enabled) capture.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}", state);
        }
    }
}
