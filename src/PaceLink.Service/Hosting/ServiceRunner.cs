using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace PaceLink.Service.Hosting;

/// <summary>Runs the service until it is stopped, turning start-up failures into sentences and exit codes.</summary>
public static class ServiceRunner
{
    /// <summary>Exit code for a configuration or start-up problem.</summary>
    public const int ConfigurationFailed = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stderr, CancellationToken cancellationToken, HostOverrides? overrides = null)
    {
        WebApplication app;
        try
        {
            app = ServiceHost.Build(args, overrides);
        }
        catch (ServiceConfigurationException e)
        {
            foreach (var error in e.Errors) await stderr.WriteLineAsync($"pacelink: {error}");
            return ConfigurationFailed;
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (IOException e) when (e.InnerException is SocketException or Microsoft.AspNetCore.Connections.AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // The port was free when validated but taken before Kestrel bound it.
                await stderr.WriteLineAsync($"pacelink: Api:Urls: {e.Message.TrimEnd('.')}; choose another with --urls http://127.0.0.1:PORT");
                return ConfigurationFailed;
            }
        }
        return 0;
    }
}
