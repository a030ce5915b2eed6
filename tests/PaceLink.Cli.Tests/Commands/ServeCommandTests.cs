using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public class ServeCommandTests
{
    [Fact]
    public async Task ServeWithABadPaceExplainsAndExitsWithTwo()
    {
        using var folder = new TempFolder("serve");
        var data = folder.File("data");
        var (exit, _, error) = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--data-folder", data, "--Workout:TargetPace=slow"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("pacelink: Workout: --target-pace: 'slow' is not a pace", error);
    }

    [Fact]
    public async Task TheTokenIsRequiredOffLoopbackAndReadFromItsFile()
    {
        await using var service = await RunningService.StartAsync("http://0.0.0.0:0");
        var without = await service.RunAsync("status", "--url", service.Url, "--token-file", service.TokenFile + ".missing");
        Assert.Equal(3, without.Exit);
        Assert.Contains("needs its token", without.Error);
        Assert.Contains("give the token with PACELINK_TOKEN or --token-file", without.Error);

        var with = await service.RunAsync("status", "--url", service.Url, "--token-file", service.TokenFile);
        Assert.Equal(0, with.Exit);
        Assert.StartsWith("idle", with.Out);
    }
}
