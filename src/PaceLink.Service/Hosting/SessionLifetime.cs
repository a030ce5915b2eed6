using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaceLink.Service.Alerts;
using PaceLink.Service.Coach;
using PaceLink.Service.Security;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Ties the session to the host's life: on a graceful stop (Ctrl+C, systemctl stop, service stop)
/// the running session is stopped (trace flushed, summary written) and the alert sinks drain.
/// </summary>
internal sealed class SessionLifetime(SessionManager sessions, AthleteRoster athletes, AlertSinks alerts, TokenGate gate, PaceLinkOptions options, ILogger<SessionLifetime> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("PaceLink listening on {Urls}; data folder {DataFolder}; token {TokenState}; sinks {Sinks}",
            options.Api.Urls, options.ResolvedDataFolder, gate.Enabled ? "required" : "not needed on loopback", sessions.SinkNames);
        // Sessions a killed service never ended are finished before a new one can start.
        sessions.Board.ReportInterrupted(UnfinishedSessions.Recover(options.ResolvedDataFolder, options.HistoryPath, log));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(sessions.StopAsync(), athletes.StopAllAsync());
        }
        catch (Exception e)
        {
            log.LogError(e, "The session did not stop cleanly");
        }
        await alerts.DisposeAllAsync((sink, e) => log.LogWarning(e, "Alert sink {Sink} did not shut down cleanly", sink.Name));
    }
}
