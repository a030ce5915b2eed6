using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Security;

/// <summary>
/// The start request's "workout" is a preset, a workout's content or the name of a workout in the
/// config folder's workouts/ — never a path on the service's machine.
/// </summary>
public sealed class WorkoutInputTests : IAsyncLifetime
{
    private const string Secret = "password: hunter2\napi_key: 0123456789abcdef\n";
    private readonly TempFolder _outside = new("workout-outside");
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync();

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        _outside.Dispose();
    }

    private string Workouts
    {
        get
        {
            var folder = Path.Combine(_service.ConfigDir, "workouts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private async Task<(HttpStatusCode Status, string Error)> Start(string workout)
    {
        var body = new JsonObject { ["workout"] = workout, ["simulate"] = true }.ToJsonString();
        using var response = await _service.Http.PostAsync("/api/session/start", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, json.TryGetProperty("error", out var e) ? e.GetString()! : "");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task ASecretFilesPathIsNotReadAndItsContentNeverComesBack()
    {
        var secret = _outside.File("secret.yaml");
        File.WriteAllText(secret, Secret);
        var (status, error) = await Start(secret);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("password", error);
        Assert.DoesNotContain("hunter2", error);
        // The same answer as for a path that does not exist: no way to probe the disk.
        var (_, missing) = await Start(_outside.File("no-such.yaml"));
        Assert.Equal(missing, error);
        Assert.Equal("'workout' is neither 10k, half, a workout's content nor the name of a workout in workouts/ (letters, digits, - and _)", error);
        Assert.Null(_service.Starter.Last);
    }

    [Fact]
    public async Task DevZeroIsAnAnswerNotAFlood()
    {
        var (status, error) = await Start("/dev/zero");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("'workout' is neither 10k, half", error);
    }

    [Fact]
    public async Task AWorkoutsContentIsTaken()
    {
        var (status, _) = await Start("name: pyramid\nsteps:\n  - phase: rep\n    distance: 400m\n  - phase: rest\n    time: 90s\n");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains("distance: 400m", _service.Starter.Last!.Request.Settings.Workout);
    }

    [Fact]
    public async Task AWorkoutStoredInTheConfigFolderIsTakenByName()
    {
        File.WriteAllText(Path.Combine(Workouts, "track-400s.yaml"), "steps:\n  - phase: rep\n    distance: 400m\n");
        var (status, error) = await Start("track-400s");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("", error);
        Assert.Equal("track-400s", _service.Starter.Last!.Request.Settings.WorkoutName);
    }

    [Fact]
    public async Task AStoredWorkoutThatIsNotAWorkoutIsRefusedWithoutQuotingIt()
    {
        File.WriteAllText(Path.Combine(Workouts, "notes.yaml"), Secret);
        var (status, error) = await Start("notes");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("the workout 'notes' in workouts/ is not a valid workout (line 1); check it with `pacelink run --workout FILE`", error);
        Assert.DoesNotContain("hunter2", error);
    }

    [Fact]
    public async Task AFifoInWorkoutsDoesNotBlockTheService()
    {
        MakeFifo(Path.Combine(Workouts, "pipe.yaml"));
        var (status, error) = await Start("pipe");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("the workout 'pipe' in workouts/ is not a regular file", error);
        using var stillThere = await _service.Http.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task ALinkToADeviceInWorkoutsIsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(Workouts, "zero.yaml"), "/dev/zero");
        var (status, error) = await Start("zero");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("the workout 'zero' in workouts/ is not a regular file", error);
    }

    [Fact]
    public async Task AnUnknownNameSaysWhereNamesComeFrom()
    {
        var (status, error) = await Start("intervals");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("there is no workout 'intervals' in workouts/ (looked for intervals.yaml, intervals.yml and intervals.json)", error);
    }

    [Fact]
    public async Task ContentOver64KiBIsRefused()
    {
        var big = "steps:\n" + string.Concat(Enumerable.Repeat("  - phase: rep\n    distance: 400m\n", 2200));
        Assert.True(Encoding.UTF8.GetByteCount(big) > 64 * 1024);
        var (status, error) = await Start(big);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("a workout's content may be at most 65536 bytes", error);
    }
}
