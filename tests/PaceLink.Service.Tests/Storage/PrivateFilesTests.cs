using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Storage;

/// <summary>Traces, summaries, the history and logs are the service user's alone, whatever the umask.</summary>
[Collection(UmaskCollection.Name)]
public sealed partial class PrivateFilesTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetUmask(uint mask);

    [Fact]
    public async Task EverythingASessionWritesIsPrivateEvenUnderAnOpenUmask()
    {
        if (OperatingSystem.IsWindows()) return;
        using var logs = new TempFolder("private-logs");
        var log = Path.Combine(logs.Path, "log", "pacelink.log");
        var old = SetUmask(0);
        string trace;
        TestService service;
        try
        {
            service = await TestService.StartAsync(realSessions: true, args: ["--Log:File", log]);
            try
            {
                var start = new StringContent("""{"simulate":true,"speed":50,"warmup":"20s","target_pace":"4:00","seed":3}""", Encoding.UTF8, "application/json");
                (await service.Http.PostAsync("/api/session/start", start)).EnsureSuccessStatusCode();
                await Eventually.TrueAsync(() => service.Voice.Said.Contains("go"), "the first rep has begun");
                trace = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement.GetProperty("trace").GetString()!;
                await service.App.StopAsync();

                Assert.Equal(PrivateFolder, File.GetUnixFileMode(service.DataDir));
                Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.GetDirectoryName(trace)!));
                Assert.Equal(Private, File.GetUnixFileMode(trace));
                Assert.Equal(Private, File.GetUnixFileMode(Path.ChangeExtension(trace, ".summary.txt")));
                Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(service.DataDir, "history.db")));
                var written = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(log)!, "pacelink*.log"));
                Assert.Equal(Private, File.GetUnixFileMode(written));
                Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.GetDirectoryName(log)!));
            }
            finally
            {
                await service.DisposeAsync();
            }
        }
        finally
        {
            SetUmask(old);
        }
    }

    [Fact]
    public async Task AnExistingOpenDataFolderIsClosedToOtherUsersAtStart()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder("private-data");
        var data = Path.Combine(folder.Path, "data");
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, PrivateFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        await using var service = await TestService.StartAsync(args: ["--data-folder", data]);

        Assert.Equal(PrivateFolder, File.GetUnixFileMode(data));
    }
}

/// <summary>Tests that change the process-wide umask run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UmaskCollection
{
    public const string Name = "umask";
}
