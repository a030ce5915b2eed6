using System.Text.Json;
using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public class DecodeCommandTests
{
    [Theory]
    [InlineData("2a37", "16480002", "heart_rate_bpm")]                 // contact detected, RR 0.5 s
    [InlineData("2A53", "0480 03b4", "speed_mps")]                     // running; bytes may be spaced
    [InlineData("0x2a54", "1f00", "calibration_supported")]
    [InlineData("2a55", "10:04:01:02", "supported_sensor_locations")]  // or colon separated
    [InlineData("2a38", "01", "body_sensor_location")]
    [InlineData("2a39", "01", "command")]
    [InlineData("2a5d", "02", "sensor_location")]
    [InlineData("2a19", "64", "battery_level_percent")]
    [InlineData("2a63", "0000f000", "instantaneous_power_w")]
    [InlineData("2acd", "0000b004", "instantaneous_speed_kmh")]
    [InlineData("00002a53-0000-1000-8000-00805f9b34fb", "00000400", "cadence_spm")]
    public void PrintsOneJsonObjectForEveryCharacteristic(string characteristic, string hex, string field)
    {
        var (code, stdout, stderr) = CliRun.Run("decode", characteristic, hex);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var json = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.True(json.RootElement.TryGetProperty(field, out _), lines[0]);
    }

    [Fact]
    public void HeartRateJsonHasTheContractValues()
    {
        var (_, stdout, _) = CliRun.Run("decode", "2a37", "16", "48", "00", "02");
        Assert.Equal("""{"heart_rate_bpm":72,"sensor_contact":"detected","energy_expended_kj":null,"rr_intervals_s":[0.5]}""", stdout.Trim());
    }

    [Fact]
    public void BytesMayBeGivenAsSeparateArguments()
    {
        var (code, stdout, _) = CliRun.Run("decode", "2a53", "02", "00", "04", "b4", "39", "30", "00", "00");
        Assert.Equal(0, code);
        Assert.Equal("""{"speed_mps":4,"cadence_spm":180,"stride_length_m":null,"total_distance_m":1234.5,"is_running":false}""", stdout.Trim());
    }

    [Theory]
    [InlineData("2a53", "03000400008c00", "0x2A53 flags say total distance is present, but the payload has 7 of the 10 bytes that requires")]
    [InlineData("2a37", "1048", "0x2A37 flags say RR intervals is present, but the payload has 2 of the 4 bytes that requires")]
    [InlineData("2a19", "65", "0x2A19 battery level 101 is a reserved value")]
    [InlineData("2a19", "6400", "0x2A19 (battery level) must be exactly 1 byte, but the payload has 2")]
    public void AnInvalidPayloadIsOneSentenceOnStderr(string characteristic, string hex, string sentence)
    {
        var (code, stdout, stderr) = CliRun.Run("decode", characteristic, hex);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal(sentence, stderr.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("2a53", "0e8", "odd number of hex digits (3)")]
    [InlineData("2a53", "0e80zz", "'z' is not a hex digit")]
    [InlineData("2a99", "00", "0x2A99 is not a characteristic PaceLink can decode")]
    [InlineData("heart", "00", "'heart' is not a 16-bit characteristic id")]
    public void BadArgumentsAreOneSentenceOnStderr(string characteristic, string hex, string fragment)
    {
        var (code, stdout, stderr) = CliRun.Run("decode", characteristic, hex);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(fragment, stderr);
    }
}
