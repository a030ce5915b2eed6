using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Review;

/// <summary>One decoded foot-pod measurement, in SI units, as the pod sent it (no calibration).</summary>
public readonly record struct PodSample(TimeSpan At, double SpeedMetresPerSecond, int Cadence, double? StrideLengthMetres, double? TotalDistanceMetres);

/// <summary>One decoded heart-rate measurement.</summary>
public readonly record struct HeartSample(TimeSpan At, int BeatsPerMinute);

/// <summary>
/// The decoded samples of a session, in time order. Built from the same raw notifications the
/// engine sees, so a review never disagrees with what was coached.
/// </summary>
public sealed class SessionSamples
{
    public SessionSamples(IReadOnlyList<PodSample> pod, IReadOnlyList<HeartSample> heart, int rejected = 0)
    {
        Pod = pod;
        Heart = heart;
        Rejected = rejected;
    }

    public IReadOnlyList<PodSample> Pod { get; }
    public IReadOnlyList<HeartSample> Heart { get; }

    /// <summary>Payloads the decoders refused; they are skipped, never fatal.</summary>
    public int Rejected { get; }

    public static SessionSamples Empty { get; } = new([], []);

    /// <summary>The time of the last sample of either sensor.</summary>
    public TimeSpan End =>
        TimeSpan.FromTicks(Math.Max(Pod.Count > 0 ? Pod[^1].At.Ticks : 0, Heart.Count > 0 ? Heart[^1].At.Ticks : 0));

    /// <summary>Decodes RSC (0x2A53) and heart-rate (0x2A37) notifications; anything else is ignored.</summary>
    public static SessionSamples Decode(IEnumerable<Notification> notifications)
    {
        var pod = new List<PodSample>();
        var heart = new List<HeartSample>();
        var rejected = 0;
        foreach (var n in notifications)
        {
            switch (n.Characteristic)
            {
                case GattIds.RscMeasurement when RscMeasurement.TryParse(n.Payload.Span, out var rsc):
                    pod.Add(new PodSample(n.At, rsc.SpeedMetresPerSecond, rsc.CadencePerMinute, rsc.StrideLengthMetres, rsc.TotalDistanceMetres));
                    break;
                case GattIds.HeartRateMeasurement when HeartRateMeasurement.TryParse(n.Payload, out var hr):
                    if (hr.BeatsPerMinute > 0) heart.Add(new HeartSample(n.At, hr.BeatsPerMinute));
                    break;
                case GattIds.RscMeasurement or GattIds.HeartRateMeasurement:
                    rejected++;
                    break;
            }
        }
        // Sources are time-ordered, but a stable sort makes a shuffled trace harmless. A list already
        // in order is kept as it is (what the sort would give) instead of copied: a long trace's
        // samples are the bulk of a review's memory.
        return new SessionSamples(InTimeOrder(pod, p => p.At), InTimeOrder(heart, h => h.At), rejected);
    }

    private static List<T> InTimeOrder<T>(List<T> samples, Func<T, TimeSpan> at)
    {
        for (var i = 1; i < samples.Count; i++)
            if (at(samples[i]) < at(samples[i - 1])) return samples.OrderBy(at).ToList();
        samples.TrimExcess();
        return samples;
    }
}
