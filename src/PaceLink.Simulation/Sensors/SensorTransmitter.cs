using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using PaceLink.Core.Pipeline;

namespace PaceLink.Simulation.Sensors;

/// <summary>
/// The radio side every simulated sensor shares: measure at a fixed rate, then deliver each
/// payload after the link latency and jitter, in order, unless the link is in a dropout.
/// Arrival times are whole milliseconds so a trace written at millisecond resolution replays
/// exactly.
/// </summary>
internal static class SensorTransmitter
{
    public static IObservable<Notification> Transmit(
        IScheduler scheduler, DateTimeOffset origin, string sensor, ushort characteristic,
        double hz, LinkOptions link, Random random, Func<TimeSpan, byte[]> measure) =>
        Observable.Create<Notification>(observer =>
        {
            var period = TimeSpan.FromSeconds(1 / Math.Clamp(hz, 0.1, 50));
            // Sensors are not in phase with the session start.
            var firstAt = period * random.NextDouble();
            var lastArrival = TimeSpan.Zero;
            var stopped = false;
            var nextMeasure = new SerialDisposable();

            void Measure(TimeSpan at)
            {
                var payload = measure(at);
                if (!link.Dropouts.Any(d => d.Covers(at)))
                {
                    var arrival = at + link.Latency + link.Jitter * random.NextDouble();
                    arrival = TimeSpan.FromMilliseconds(Math.Ceiling(arrival.TotalMilliseconds));
                    if (arrival < lastArrival) arrival = lastArrival;
                    lastArrival = arrival;
                    scheduler.Schedule(origin + arrival, () =>
                    {
                        if (!stopped) observer.OnNext(new Notification(arrival, sensor, characteristic, payload));
                    });
                }
                var next = at + period;
                nextMeasure.Disposable = scheduler.Schedule(origin + next, () => Measure(next));
            }

            nextMeasure.Disposable = scheduler.Schedule(origin + firstAt, () => Measure(firstAt));
            return Disposable.Create(() =>
            {
                stopped = true;
                nextMeasure.Dispose();
            });
        });
}
