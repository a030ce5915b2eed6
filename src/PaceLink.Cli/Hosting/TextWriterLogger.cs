using Microsoft.Extensions.Logging;

namespace PaceLink.Cli.Hosting;

/// <summary>Warnings and errors of a command's collaborators, as "warning: …" lines on stderr.</summary>
internal sealed class TextWriterLogger(TextWriter error) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var level = logLevel >= LogLevel.Error ? "error" : "warning";
        var reason = exception is null ? "" : $" ({exception.Message})";
        lock (error) error.WriteLine($"{level}: {formatter(state, exception)}{reason}");
    }
}

/// <summary>The same lines for collaborators that ask for a typed logger.</summary>
internal sealed class TextWriterLogger<T>(TextWriter error) : ILogger<T>
{
    private readonly TextWriterLogger _inner = new(error);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _inner.Log(logLevel, eventId, state, exception, formatter);
}
