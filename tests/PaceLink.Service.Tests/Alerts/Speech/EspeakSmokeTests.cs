using System.Buffers.Binary;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

/// <summary>Renders a real cue with espeak-ng (installed by .ci/run) and checks the audio is speech, not silence.</summary>
public class EspeakSmokeTests
{
    [Fact]
    public async Task EspeakRendersACueToAWavThatIsNotSilent()
    {
        var voice = new EspeakSynthesizer();
        Assert.True(voice.IsAvailable(), "espeak-ng is not installed (apt-get install espeak-ng)");
        using var folder = new TempFolder("espeak");
        var wav = folder.File("cue.wav");

        await voice.RenderAsync("three, two, one, go", wav, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var samples = Pcm16(await File.ReadAllBytesAsync(wav));
        Assert.True(samples.Length > 8000, $"only {samples.Length} samples");
        var rms = Math.Sqrt(samples.Average(s => (double)s * s));
        Assert.True(rms > 300, $"RMS {rms:0} is too quiet for speech");
    }

    [Fact]
    public void TheGeneratedBeepIsALoudSineOfTheRightLength()
    {
        var samples = Pcm16(ToneBeeper.Wav(880, 100));
        Assert.Equal(2205, samples.Length);
        Assert.InRange(samples.Max(s => Math.Abs((int)s)), 11000, 12000);
    }

    /// <summary>The 16-bit samples of a PCM WAV: walks the RIFF chunks to "data".</summary>
    private static short[] Pcm16(byte[] wav)
    {
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        var at = 12;
        while (at + 8 <= wav.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(wav, at, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(at + 4));
            if (id == "data")
            {
                // espeak-ng writes 0x7fffffff as the size when it streams; the file's end is the truth.
                var length = Math.Min(size, wav.Length - at - 8) / 2;
                var samples = new short[length];
                for (var i = 0; i < length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(at + 8 + i * 2));
                return samples;
            }
            at += 8 + size;
        }
        throw new InvalidDataException("no data chunk");
    }
}
