using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;
using PaceLink.Service.Coach;
using PaceLink.Service.Coach.Mqtt;
using PaceLink.Service.Logging;
using PaceLink.Service.Security;
using PaceLink.Service.Sessions;
using Serilog;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Builds the PaceLink service: configuration (validated), Serilog, systemd / Windows service
/// integration, the alert sinks, the session manager and the HTTP API with its dashboard.
/// </summary>
public static class ServiceHost
{
    /// <summary>Throws <see cref="ServiceConfigurationException"/> listing every configuration problem.</summary>
    public static WebApplication Build(string[] args, HostOverrides? overrides = null)
    {
        overrides ??= new HostOverrides();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var configDir = overrides.ConfigDir ?? ConfigPaths.ConfigDir();
        ServiceConfiguration.Load(builder.Configuration, args, configDir);
        var options = ServiceConfiguration.Bind(builder.Configuration);
        options.ConfigDir = configDir;
        var errors = OptionsValidator.Validate(options);
        if (errors.Count > 0) throw new ServiceConfigurationException(errors);

        var redactor = new SecretRedactor();
        var token = EndpointCheck.AllLoopback(options.Api.Urls) ? null : TokenStore.LoadOrCreate(TokenFile(options, configDir));
        if (token is not null) redactor.Add(token);

        var logger = LoggingSetup.Configure(new LoggerConfiguration(), options.Log, options.Serilog.MinimumLevel, redactor, overrides.LogWriter).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: true);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "PaceLink");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        builder.WebHost.UseUrls([.. EndpointCheck.Split(options.Api.Urls)]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // PaceLink's body reader enforces Api:MaxBodyBytes with a 413 in words; Kestrel's limit
            // is a backstop above it, since Kestrel hitting it first aborts a chunked upload
            // mid-request and the client sees a dropped connection instead of the 413.
            k.Limits.MaxRequestBodySize = 2L * options.Api.MaxBodyBytes;
            // A slow reader of the live stream is judged by EventStream (30 s without progress), on
            // the service's clock: Kestrel's own rate rule would cut a phone that drops out of Wi-Fi
            // at the far bend after 5 s. Every other response is a few hundred bytes.
            k.Limits.MinResponseDataRate = null;
        });
        Register(builder.Services, options, overrides, token);

        var app = builder.Build();
        app.UsePaceLinkErrors();
        app.UseHostCheck();
        app.UseTokenGate();
        app.UseStateChangeCheck();
        app.MapPaceLinkApi();
        app.MapAthletesApi();
        PairedSensorFile.WarnIfUnusable(options, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PaceLink.Sensors"));
        return app;
    }

    /// <summary>Where the API token is kept for these options.</summary>
    public static string TokenFile(PaceLinkOptions options, string configDir) =>
        string.IsNullOrWhiteSpace(options.Api.TokenFile) ? Path.Combine(configDir, ConfigPaths.TokenFileName) : options.Api.TokenFile;

    private static void Register(IServiceCollection services, PaceLinkOptions options, HostOverrides overrides, string? token)
    {
        var time = overrides.Time ?? TimeProvider.System;
        var eventJson = overrides.EventJson ?? CoachingEventJson.Serialize;
        services.AddSingleton(options);
        services.AddSingleton(time);
        services.AddSingleton(new TokenGate(token));
        services.AddSingleton(new RequestGuard(new AllowedHosts(options.Api)));
        services.AddSingleton(new LiveJson(eventJson));
        services.AddSingleton(sp => new AlertSinks(SinkFactory.Create(options, overrides, eventJson, time, sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton<LiveBoard>();
        services.AddSingleton<SessionLogSink>();
        services.AddSingleton<SessionArchiveSink>();
        services.AddSingleton<EventStream>();
        if (overrides.Starter is { } starter) services.AddSingleton(starter);
        else services.AddSingleton<ISessionStarter, LiveSessionStarter>();
        services.AddSingleton<SessionManager>();
        // A group's sessions share the configured sinks but not the one runner's voice.
        services.AddSingleton(sp => new GroupAlerts(new AlertSinks([.. sp.GetRequiredService<AlertSinks>().All.Where(s => s is not Alerts.Speech.SpeechSink)])));
        services.AddSingleton(sp => GroupVoice.Create(options, overrides, time, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<AthleteRoster>();
        // Before SessionLifetime: hosted services stop in reverse, so the sessions' last events are queued before the link closes.
        services.AddHostedService<MqttLifetime>();
        services.AddHostedService<SessionLifetime>();
    }
}
