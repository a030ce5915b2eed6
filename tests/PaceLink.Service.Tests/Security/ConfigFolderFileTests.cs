using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using PaceLink.Service.Hosting;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Security;

/// <summary>Files the service reads from its config folder: damaged, special or huge ones give a sentence, never a hang or a 500.</summary>
public sealed class ConfigFolderFileTests : IDisposable
{
    private readonly TempFolder _folder = new("config-files");

    public void Dispose() => _folder.Dispose();

    private static async Task<(HttpStatusCode Status, string Error)> StartWithSensors(TestService service)
    {
        using var response = await service.Http.PostAsync("/api/session/start", new StringContent("{}", Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.TryGetProperty("error", out var e) ? e.GetString()! : "");
    }

    [Fact]
    public async Task ADamagedSensorsFileIsA400AndAWarningAtStartUp()
    {
        await using var service = await TestService.StartAsync(prepareConfig: dir =>
            File.WriteAllText(Path.Combine(dir, "sensors.json"), "{ \"sensors\": [ hunter2 ]"));
        var path = Path.Combine(service.ConfigDir, "sensors.json");
        var (status, error) = await StartWithSensors(service);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"The paired-sensor file {path} is damaged (line 1). Fix or delete it, then pair again.", error);
        Assert.Contains($"[WAR] The paired-sensor file {path} is damaged (line 1).", service.Log.ToString());
        Assert.DoesNotContain("hunter2", service.Log.ToString());
    }

    [Fact]
    public async Task ASensorsFileThatIsAFifoDoesNotBlockAStart()
    {
        await using var service = await TestService.StartAsync(prepareConfig: dir =>
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(dir, "sensors.json"));
            mkfifo.WaitForExit();
        });
        var (status, error) = await StartWithSensors(service);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.EndsWith("sensors.json is not a regular file. Fix or delete it, then pair again.", error);
    }

    [Fact]
    public async Task AUserConfigFileThatIsADeviceIsAConfigurationError()
    {
        File.CreateSymbolicLink(_folder.File("pacelink.json"), "/dev/zero");
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(["--urls", "http://127.0.0.1:0", "--data-folder", _folder.File("data")], stderr, CancellationToken.None,
            new HostOverrides { ConfigDir = _folder.Path, LogWriter = new StringWriter(), Voice = new FakeSynthesizer(), Starter = new FakeStarter(_folder.Path) });
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        Assert.Equal($"pacelink: {_folder.File("pacelink.json")}: cannot read this configuration file: it is not a regular file", stderr.ToString().Trim());
    }

    [Fact]
    public void AConfiguredWorkoutFileThatIsAFifoIsAConfigurationError()
    {
        var fifo = _folder.File("workout.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var ok = WorkoutSettingsFactory.TryCreate(new WorkoutOptions { Workout = fifo }, out _, out var error);
        Assert.False(ok);
        Assert.Equal($"cannot read workout file '{fifo}': it is not a regular file", error);
    }

    [Fact]
    public void AConfiguredWorkoutFileThatIsNotAWorkoutIsNotQuoted()
    {
        var path = _folder.File("workout.yaml");
        File.WriteAllText(path, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1\n");
        Assert.False(WorkoutSettingsFactory.TryCreate(new WorkoutOptions { Workout = path }, out _, out var error));
        Assert.Equal($"workout file '{path}' is not a valid workout (line 1); check it with `pacelink run --workout FILE`", error);
    }
}
