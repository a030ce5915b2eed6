using Microsoft.AspNetCore.Builder;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// The real service host on a free loopback port (Kestrel, port 0), with its own config and data
/// folders, a fake speech engine and, unless told otherwise, a hand-driven session starter.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    private readonly TempFolder _folder = new("service");

    private TestService() { }

    public WebApplication App { get; private set; } = null!;
    public FakeStarter Starter { get; private set; } = null!;
    public FakeSynthesizer Voice { get; } = new();
    public StringWriter Log { get; } = new();
    public HttpClient Http { get; private set; } = null!;
    public string ConfigDir => _folder.File("config");
    public string DataDir => _folder.File("data");
    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TestService> StartAsync(string urls = "http://127.0.0.1:0", bool realSessions = false, IReadOnlyList<ICoachingSink>? extraSinks = null,
        TimeProvider? time = null, Action<string>? prepareConfig = null, params string[] args)
    {
        var service = new TestService();
        Directory.CreateDirectory(service.ConfigDir);
        prepareConfig?.Invoke(service.ConfigDir);
        service.Starter = new FakeStarter(service.DataDir);
        var overrides = new HostOverrides
        {
            ConfigDir = service.ConfigDir,
            LogWriter = TextWriter.Synchronized(service.Log),
            Voice = service.Voice,
            Beeper = service.Voice,
            Starter = realSessions ? null : service.Starter,
            ExtraSinks = extraSinks ?? [],
            Time = time,
        };
        service.App = ServiceHost.Build(["--urls", urls, "--data-folder", service.DataDir, .. args], overrides);
        await service.App.StartAsync();
        var bound = new Uri(service.App.Urls.First());
        // A wildcard listener is reached through loopback.
        service.BaseUrl = new UriBuilder(bound) { Host = bound.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : bound.Host }.Uri;
        service.Http = new HttpClient { BaseAddress = service.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _folder.Dispose();
    }
}
