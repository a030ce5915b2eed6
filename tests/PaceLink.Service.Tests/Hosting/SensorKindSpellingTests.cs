using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Tests.Hosting;

/// <summary>`pair --as` and the configuration take the same names for a sensor kind.</summary>
public class SensorKindSpellingTests
{
    [Theory]
    [InlineData("heart", SensorKind.Hr)]
    [InlineData("hr", SensorKind.Hr)]
    [InlineData("heart-rate", SensorKind.Hr)]
    [InlineData("strap", SensorKind.Hr)]
    [InlineData("foot-pod", SensorKind.Rsc)]
    [InlineData("footpod", SensorKind.Rsc)]
    [InlineData("pod", SensorKind.Rsc)]
    [InlineData("rsc", SensorKind.Rsc)]
    [InlineData(" Power ", SensorKind.Power)]
    [InlineData("treadmill", SensorKind.Treadmill)]
    public void TheCommandLineAndTheConfigurationAcceptTheSameNames(string text, SensorKind expected)
    {
        Assert.True(SensorKindNames.TryParse(text, out var onCommandLine), $"pair --as {text}");
        Assert.True(OptionsValidator.TryParseSensorKind(text, out var inConfig), $"Sensors[].Kind {text}");
        Assert.Equal(expected, onCommandLine);
        Assert.Equal(expected, inConfig);
    }
}
