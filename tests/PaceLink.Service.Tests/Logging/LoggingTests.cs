using PaceLink.Service.Hosting;
using PaceLink.Service.Logging;
using Serilog;
using Serilog.Events;

namespace PaceLink.Service.Tests.Logging;

public class LoggingTests
{
    private const string Token = "Zq3-very-secret-token-value";

    private static (ILogger Logger, StringWriter Output) Build(string format, MinimumLevelOptions? levels = null)
    {
        var redactor = new SecretRedactor();
        redactor.Add(Token);
        var output = new StringWriter();
        var logger = LoggingSetup.Configure(new LoggerConfiguration(), new LogOptions { Format = format }, levels ?? new MinimumLevelOptions(), redactor, output).CreateLogger();
        return (logger, output);
    }

    [Fact]
    public void TheConfiguredLevelsAndOverridesDecideWhatIsWritten()
    {
        var levels = new MinimumLevelOptions { Default = "warning", Override = { ["PaceLink.Noisy"] = "Error" } };
        var (logger, output) = Build("text", levels);

        logger.Information("below the default");
        logger.Warning("at the default");
        logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "PaceLink.Noisy.Part").Warning("below the override");
        logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "PaceLink.Noisy.Part").Error("at the override");

        Assert.Equal(["[WAR] at the default", "[ERR] at the override"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    }

    [Fact]
    public void TheTokenNeverReachesTheLogEvenInsideARequestUrl()
    {
        var (logger, output) = Build("text");
        logger.Information("Request starting GET {Url}", $"http://0.0.0.0:5180/api/events?token={Token}");
        Assert.Contains("token=***", output.ToString());
        Assert.DoesNotContain(Token, output.ToString());
    }

    [Fact]
    public void CompactJsonKeepsStructuredProperties()
    {
        var (logger, output) = Build("json");
        logger.Information("Session {Session}: {Phase} (set {Set}, rep {Rep})", "2026-11-25_18-03-16", "rep", 1, 2);
        var line = System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("2026-11-25_18-03-16", line.GetProperty("Session").GetString());
        Assert.Equal("rep", line.GetProperty("Phase").GetString());
        Assert.Equal(2, line.GetProperty("Rep").GetInt32());
    }

    [Theory]
    [InlineData(LogEventLevel.Error, "<3>")]
    [InlineData(LogEventLevel.Warning, "<4>")]
    [InlineData(LogEventLevel.Information, "<6>")]
    [InlineData(LogEventLevel.Debug, "<7>")]
    public void UnderSystemdEachLineStartsWithItsSyslogPriority(LogEventLevel level, string prefix)
    {
        var output = new StringWriter();
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, level, null, new Serilog.Parsing.MessageTemplateParser().Parse("sensor {Sensor} lost"),
            [new LogEventProperty("Sensor", new ScalarValue("pod"))]);
        new JournalFormatter(prefix: true).Format(logEvent, output);
        Assert.Equal($"{prefix}sensor pod lost\n", output.ToString().Replace("\r\n", "\n"));
    }
}
