using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Tests.Hosting;

/// <summary>The messages documented in docs/service.md ("Configuration errors").</summary>
public sealed class OptionsValidatorTests : IDisposable
{
    private readonly TempFolder _folder = new("options");

    private PaceLinkOptions Valid() => new() { DataFolder = _folder.File("data"), Api = { Urls = "http://127.0.0.1:0" } };

    [Fact]
    public void TheShippedDefaultsAreValid() => Assert.Empty(OptionsValidator.Validate(Valid()));

    [Theory]
    [InlineData("x", 38.0, 58.0, "Runner:Sex: 'x' is not female or male")]
    [InlineData("male", 5.0, 58.0, "Runner:Age: takes years from 10 to 100, not 5")]
    [InlineData("male", 38.0, 0.0, "Runner:WeightKg: takes kilograms from 25 to 250, not 0")]
    [InlineData("male", null, 58.0, "Runner: calories from heart rate need Runner:Sex, Runner:Age and Runner:WeightKg together (Runner:WeightKg alone is used for the estimate from distance)")]
    public void ABadRunnerProfileIsNamedWithTheValuesItTakes(string? sex, double? age, double? weight, string expected)
    {
        var options = Valid();
        options.Runner = new RunnerProfileOptions { Sex = sex, Age = age, WeightKg = weight };
        Assert.Equal(expected, Assert.Single(OptionsValidator.Validate(options)).ToString());
    }

    [Fact]
    public void AWeightAloneOrAWholeRunnerProfileIsValid()
    {
        var options = Valid();
        options.Runner = new RunnerProfileOptions { WeightKg = 61.5 };
        Assert.Empty(OptionsValidator.Validate(options));
        options.Runner = new RunnerProfileOptions { Sex = "Female", Age = 38, WeightKg = 58 };
        Assert.Empty(OptionsValidator.Validate(options));
    }

    [Fact]
    public void AnUnknownSensorKindIsNamedWithTheKindsThatExist()
    {
        var options = Valid();
        options.Sensors.Add(new SensorOptions { Id = "pod", Kind = "footpad", Address = "C0:11:22:33:44:55" });
        var error = Assert.Single(OptionsValidator.Validate(options));
        Assert.Equal("Sensors[0].Kind: unknown sensor kind 'footpad'; use rsc (foot pod), hr, power or treadmill", error.ToString());
    }

    [Fact]
    public void ABadPaceSaysHowToWriteOne()
    {
        var options = Valid();
        options.Workout.TargetPace = "4:75";
        var error = Assert.Single(OptionsValidator.Validate(options));
        Assert.Equal("Workout", error.Key);
        Assert.Contains("'4:75' is not a pace; write minutes:seconds like 4:00", error.Message);
    }

    [Fact]
    public void APortInUseIsReportedWithTheWayOut()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var options = Valid();
            options.Api.Urls = $"http://127.0.0.1:{port}";
            var error = Assert.Single(OptionsValidator.Validate(options));
            Assert.Equal($"Api:Urls: port {port} on 127.0.0.1 is already in use (is another `pacelink serve` running?); choose another with --urls http://127.0.0.1:PORT", error.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void AnUnwritableDataFolderIsReported()
    {
        var file = _folder.File("not-a-folder");
        File.WriteAllText(file, "x");
        var options = Valid();
        options.DataFolder = Path.Combine(file, "traces");
        var error = Assert.Single(OptionsValidator.Validate(options));
        Assert.Equal("DataFolder", error.Key);
        Assert.StartsWith($"cannot write to data folder '{Path.Combine(file, "traces")}'", error.Message);
        Assert.EndsWith("create it and give the service user write access, or set DataFolder", error.Message);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21", "'ftp://127.0.0.1:21' is not a URL to listen on; write it like http://127.0.0.1:5180")]
    [InlineData("", "no URL to listen on; the default is http://127.0.0.1:5180")]
    public void ListenAddressesMustBeHttpUrls(string urls, string message)
    {
        var options = Valid();
        options.Api.Urls = urls;
        Assert.Equal(message, Assert.Single(OptionsValidator.Validate(options)).Message);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var options = Valid();
        options.Speech.Engine = "festival";
        options.Webhooks.Urls.Add("push.example");
        options.Log.Format = "xml";
        Assert.Equal(["Speech:Engine", "Webhooks:Urls[0]", "Log:Format"], OptionsValidator.Validate(options).Select(e => e.Key));
    }

    [Fact]
    public void AnUnknownLogLevelIsNamedWithTheLevelsThatExist()
    {
        var options = Valid();
        options.Serilog.MinimumLevel.Default = "Infomation";
        options.Serilog.MinimumLevel.Override["Microsoft"] = "7";
        Assert.Equal(
            [
                "Serilog:MinimumLevel:Default: unknown log level 'Infomation'; use Verbose, Debug, Information, Warning, Error or Fatal",
                "Serilog:MinimumLevel:Override:Microsoft: unknown log level '7'; use Verbose, Debug, Information, Warning, Error or Fatal",
            ],
            OptionsValidator.Validate(options).Select(e => e.ToString()));
    }

    [Fact]
    public void SinksInTheSerilogSectionAreRefusedWithTheSettingsThatReplaceThem()
    {
        var options = Bind(new() { ["Serilog:WriteTo:0:Name"] = "File", ["Serilog:WriteTo:0:Args:path"] = "/tmp/x.log", ["Serilog:MinimumLevel:Default"] = "Debug" });
        options.DataFolder = _folder.File("data");
        options.Api.Urls = "http://127.0.0.1:0";

        var error = Assert.Single(OptionsValidator.Validate(options));
        Assert.Equal("Serilog:WriteTo: is not read: only Serilog:MinimumLevel is; log outputs are set with Log:Console, Log:File and Log:Format (see docs/service.md)", error.ToString());
    }

    [Fact]
    public void APlainMinimumLevelSetsTheDefaultAndWinsOverADefaultKey()
    {
        var options = Bind(new() { ["Serilog:MinimumLevel"] = "Debug", ["Serilog:MinimumLevel:Default"] = "Warning", ["Serilog:MinimumLevel:Override:System"] = "Error" });

        Assert.Equal("Debug", options.Serilog.MinimumLevel.Default);
        Assert.Equal("Error", options.Serilog.MinimumLevel.Override["System"]);
        Assert.Empty(options.Serilog.UnsupportedKeys());
    }

    private static PaceLinkOptions Bind(Dictionary<string, string?> values) =>
        ServiceConfiguration.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Theory]
    [InlineData("footpod")]
    [InlineData("RSC")]
    [InlineData("hr")]
    [InlineData("treadmill")]
    public void SensorKindsAcceptTheirUsualNames(string kind) => Assert.True(OptionsValidator.TryParseSensorKind(kind, out _));

    public void Dispose() => _folder.Dispose();
}
