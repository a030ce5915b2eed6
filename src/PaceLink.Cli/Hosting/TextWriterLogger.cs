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

/// <summary>
/// Typed loggers (<c>ILogger&lt;T&gt;</c>) that write the same lines, for collaborators that ask for one:
/// Microsoft's <see cref="Logger{T}"/> over a factory whose only provider is <see cref="TextWriterLogger"/>.
/// </summary>
internal static class TextWriterLogging
{
    public static ILogger<T> For<T>(TextWriter error) => new Logger<T>(new LoggerFactory([new Provider(error)]));

    private sealed class Provider(TextWriter error) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new TextWriterLogger(error);
        public void Dispose() { }
    }
}
