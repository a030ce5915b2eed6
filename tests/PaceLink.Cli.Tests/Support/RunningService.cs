using Microsoft.AspNetCore.Builder;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Tests.Support;

/// <summary>
/// A real `pacelink serve` host on a free port, for the control verbs to talk to. Sessions are
/// recorded, not run: the verbs' job is to reach the service, not to coach.
/// </summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly TempFolder _folder = new("cli-service");

    public WebApplication App { get; private set; } = null!;
    public RecordingStarter Sessions { get; } = new();
    public string Url { get; private set; } = "";
    public string TokenFile => _folder.File("token");

    public static async Task<RunningService> StartAsync(string urls = "http://127.0.0.1:0")
    {
        var service = new RunningService();
        service.App = ServiceHost.Build(["--urls", urls, "--data-folder", service._folder.File("data"), "--Speech:Enabled=false"], new HostOverrides
        {
            ConfigDir = service._folder.Path,
            LogWriter = new StringWriter(),
            Voice = new SilentSynthesizer(),
            Starter = service.Sessions,
        });
        await service.App.StartAsync();
        var bound = new Uri(service.App.Urls.First());
        service.Url = $"http://127.0.0.1:{bound.Port}";
        return service;
    }

    public Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => CliRun.RunAsync(args);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>Starts sessions that only remember what they were asked.</summary>
public sealed class RecordingStarter : ISessionStarter
{
    public SessionRequest? LastRequest { get; private set; }
    public List<CoachCommand> Commands { get; } = [];

    public Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken)
    {
        LastRequest = request;
        return Task.FromResult<IRunningSession>(new Recorded(this));
    }

    private sealed class Recorded(RecordingStarter owner) : IRunningSession
    {
        private readonly TaskCompletionSource<SessionSummary> _done = new();
        public string Id => "recorded";
        public string? TracePath => null;
        public Task<SessionSummary> Completion => _done.Task;

        public void Send(CoachCommand command)
        {
            lock (owner.Commands) owner.Commands.Add(command);
        }

        public Task StopAsync()
        {
            Send(CoachCommand.Stop);
            _done.TrySetResult(new SessionSummary());
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            _done.TrySetResult(new SessionSummary());
            return ValueTask.CompletedTask;
        }
    }
}
