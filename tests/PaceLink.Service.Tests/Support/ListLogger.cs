using Microsoft.Extensions.Logging;

namespace PaceLink.Service.Tests.Support;

/// <summary>Keeps log entries so tests can read what an operator would see.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(LogLevel Level, string Message, Exception? Error)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Error)> Entries { get { lock (_gate) return [.. _entries]; } }

    public IReadOnlyList<string> At(LogLevel level) => [.. Entries.Where(e => e.Level == level).Select(e => e.Message)];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate) _entries.Add((logLevel, formatter(state, exception), exception));
    }
}
