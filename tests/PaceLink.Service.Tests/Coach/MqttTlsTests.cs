using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Service.Coach;
using PaceLink.Service.Coach.Mqtt;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Coach;

/// <summary>
/// mqtts:// to a real Mosquitto with TLS and a password file, on a throwaway CA: the right CA file
/// and credentials file connect and publish; a wrong CA or a wrong password is a warning in the
/// log that says why, retried, and the service carries on.
/// </summary>
public sealed class MqttTlsTests
{
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));

    private static Task<TestService> HostAsync(Mosquitto broker, FakeTimeProvider time, string caFile, string credentials) =>
        TestService.StartAsync(realSessions: true, time: time, args:
            ["--Mqtt:Url=" + broker.Url, "--Mqtt:Host=track-a", "--Mqtt:CaFile=" + caFile, "--Mqtt:CredentialsFile=" + credentials]);

    private static MqttLink Link(TestService service) =>
        service.App.Services.GetServices<IHostedService>().OfType<MqttLifetime>().Single().Link!;

    private static string Credentials(Mosquitto broker, string password)
    {
        var path = broker.File("credentials-" + password);
        File.WriteAllText(path, $"{Mosquitto.User}:{password}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    private static string MqttLog(TestService service) =>
        string.Join(" | ", service.Log.ToString().Split('\n').Where(l => l.Contains("MQTT", StringComparison.Ordinal)));

    /// <summary>Waits (bounded) for the link's refusal in the log; a timeout says what the log holds instead.</summary>
    private static async Task RefusedAsync(TestService host)
    {
        try
        {
            await Eventually.TrueAsync(() => MqttLog(host).Contains("cannot reach the broker", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(20), what: "the refusal in the log");
        }
        catch (TimeoutException)
        {
            Assert.Fail("no refusal in the log within 20 s; it says: " + MqttLog(host));
        }
    }

    [Fact]
    public async Task TheRightCaAndPasswordConnectOverTlsAndEveryRepEndReachesTheBroker()
    {
        await using var broker = await Mosquitto.StartAsync(tls: true);
        var seen = broker.Subscribe("pacelink/+/events");
        var time = Clock();
        await using var host = await HostAsync(broker, time, broker.CaFile!, Credentials(broker, Mosquitto.Password));
        await Eventually.TrueAsync(() => Link(host).IsConnected, timeout: TimeSpan.FromSeconds(20), what: "the TLS link to connect; log: " + MqttLog(host));

        (await host.Http.PostAsync("/api/athletes/ana/session/start", ThreeAthletesTests.Body(ThreeAthletesTests.Short("4:00", 3)))).EnsureSuccessStatusCode();
        var roster = host.App.Services.GetRequiredService<AthleteRoster>();
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return roster.Find("ana")!.Board.Status.State == "finished";
        }, timeout: TimeSpan.FromSeconds(60), what: "the session to finish");
        int Reps()
        {
            lock (seen) return seen.Count(l => l.StartsWith("pacelink/ana/events ", StringComparison.Ordinal) && l.Contains("\"kind\":\"rep_complete\"", StringComparison.Ordinal));
        }
        await Eventually.TrueAsync(() => Reps() >= 8, timeout: TimeSpan.FromSeconds(20), what: "8 rep_complete through the TLS broker; log: " + MqttLog(host));
    }

    [Fact]
    public async Task AWrongCaIsALoggedRefusalNotACrash()
    {
        await using var broker = await Mosquitto.StartAsync(tls: true);
        using var other = TestCertificates.WriteCa(broker.File("other-ca.pem"), "Some other CA", out var key);
        key.Dispose();
        var time = Clock();
        await using var host = await HostAsync(broker, time, broker.File("other-ca.pem"), Credentials(broker, Mosquitto.Password));

        await RefusedAsync(host);
        Assert.Contains("certificate", MqttLog(host), StringComparison.OrdinalIgnoreCase);
        Assert.False(Link(host).IsConnected);
        // The service goes on: sessions start and the link retries on its backoff.
        (await host.Http.PostAsync("/api/athletes/ana/session/start", ThreeAthletesTests.Body(ThreeAthletesTests.Short("4:00", 3)))).EnsureSuccessStatusCode();
        time.Advance(TimeSpan.FromSeconds(2));
        await Eventually.TrueAsync(() => MqttLog(host).Split(" | ").Count(l => l.Contains("cannot reach the broker", StringComparison.Ordinal)) >= 2,
            timeout: TimeSpan.FromSeconds(20), what: "a second attempt after the backoff; log: " + MqttLog(host));
    }

    [Fact]
    public async Task AWrongPasswordIsALoggedRefusalNotACrash()
    {
        await using var broker = await Mosquitto.StartAsync(tls: true);
        var time = Clock();
        await using var host = await HostAsync(broker, time, broker.CaFile!, Credentials(broker, "not-the-password"));

        await RefusedAsync(host);
        Assert.Contains("the broker refused the user and password", MqttLog(host), StringComparison.Ordinal);
        Assert.Contains("check Mqtt:CredentialsFile", MqttLog(host), StringComparison.Ordinal);
        Assert.False(Link(host).IsConnected);
        using var status = await host.Http.GetAsync("/api/athletes");
        Assert.Equal(System.Net.HttpStatusCode.OK, status.StatusCode);
    }
}
