using System.Buffers.Binary;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Short beeps: a generated sine tone played with aplay (ALSA) on Linux, Console.Beep through
/// PowerShell on Windows. Without a player it stays silent.
/// </summary>
public sealed class ToneBeeper : IBeeper
{
    private readonly string? _player = OperatingSystem.IsWindows() ? ProcessRunner.Find("powershell") : ProcessRunner.Find("aplay");

    public bool IsAvailable() => _player is not null;

    public async Task BeepAsync(Beep beep, CancellationToken cancellationToken)
    {
        if (_player is null || beep == Beep.None) return;
        var (hz, ms) = Tone(beep);
        if (OperatingSystem.IsWindows())
        {
            await ProcessRunner.RunAsync(_player, ["-NoProfile", "-NonInteractive", "-Command", $"[Console]::Beep({hz},{ms})"], null, cancellationToken);
            return;
        }
        var file = Path.Combine(Path.GetTempPath(), $"pacelink-beep-{hz}-{ms}.wav");
        if (!File.Exists(file)) await File.WriteAllBytesAsync(file, Wav(hz, ms), cancellationToken);
        await ProcessRunner.RunAsync(_player, ["-q", file], null, cancellationToken);
    }

    /// <summary>Pitch and length: a tick for 3-2-1, a long high note for go, two-tone-ish lap.</summary>
    public static (int Hz, int Ms) Tone(Beep beep) => beep switch
    {
        Beep.Tick => (880, 80),
        Beep.Go => (1320, 350),
        _ => (990, 180),
    };

    /// <summary>A 16-bit mono 22.05 kHz PCM WAV of a sine tone with short fades (no clicks).</summary>
    public static byte[] Wav(int hz, int ms)
    {
        const int rate = 22050;
        var samples = rate * ms / 1000;
        var bytes = new byte[44 + samples * 2];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + samples * 2);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], rate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], rate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], samples * 2);
        var fade = Math.Max(1, rate / 200);
        for (var i = 0; i < samples; i++)
        {
            var envelope = Math.Min(1.0, Math.Min(i, samples - 1 - i) / (double)fade);
            var value = (short)(Math.Sin(2 * Math.PI * hz * i / rate) * envelope * 12000);
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + i * 2)..], value);
        }
        return bytes;
    }
}
