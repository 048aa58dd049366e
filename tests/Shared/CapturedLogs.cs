using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Caaa.Tests.Shared;

/// <summary>
/// Every log line the sidecar writes at the levels its configuration lets through, with its exception (for
/// log-level, secret and crash checks). Linked into each test project that hosts the sidecar.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Text, Exception? Exception)> _entries =
        new();

    public IReadOnlyList<(LogLevel Level, string Category, string Text, Exception? Exception)> Entries =>
        _entries.ToArray();

    public string AllText => string.Join("\n", _entries.Select(e => $"{e.Category} {e.Text} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
