using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// A self-healing link to one paired sensor. Whenever a connection ends — the sensor dropped,
/// the adapter was switched off, bluetoothd restarted, BlueZ forgot the device — it reports
/// <see cref="LinkStatus.Lost"/> once and reconnects with exponential backoff on the injected
/// scheduler, resuming notifications in the same stream. Errors that retrying cannot fix
/// (no permission; the sensor lacks the service on several connections in a row) end the stream
/// with <see cref="LinkStatus.Failed"/>. Its events are not stamped: the paired-sensor source does
/// that once, on the session's scheduler.
/// </summary>
internal static class SensorLink
{
    /// <param name="bluetooth">The platform backend.</param>
    /// <param name="sensor">The paired sensor: its session id, kind and address.</param>
    /// <param name="scheduler">Where backoff waits and discovery timeouts run (real time in a live session).</param>
    /// <param name="options">Backoff settings; defaults when null.</param>
    public static IObservable<SensorEvent> Observe(IBluetooth bluetooth, SensorInfo sensor, IScheduler scheduler, SensorLinkOptions? options = null)
    {
        options ??= new SensorLinkOptions();
        var attempt = new SensorAttempt(bluetooth, sensor, SensorProfile.For(sensor.Kind), scheduler, options).Run();
        return Observable.Create<SensorEvent>(observer => new Retrier(attempt, sensor.Id, scheduler, options, observer).Start());
    }

    /// <summary>Runs attempts one after another; state is touched only from one attempt's callbacks at a time.</summary>
    private sealed class Retrier(IObservable<SensorEvent> attempt, string sensorId, IScheduler scheduler, SensorLinkOptions options, IObserver<SensorEvent> observer)
    {
        private readonly SerialDisposable _current = new();
        private int _failures;
        private int _missing;
        private bool _down;

        public IDisposable Start()
        {
            Subscribe();
            return _current;
        }

        private void Subscribe()
        {
            if (_current.IsDisposed) return;
            // The slot goes in first: an attempt may fail during Subscribe and schedule the next one.
            var slot = new SingleAssignmentDisposable();
            _current.Disposable = slot;
            slot.Disposable = attempt.Subscribe(OnEvent, OnFailure, OnEnded);
        }

        private void OnEvent(SensorEvent e)
        {
            if (e is SensorEvent.Changed { Status: LinkStatus.Connected })
            {
                _failures = 0;
                _missing = 0;
                _down = false;
            }
            observer.OnNext(e);
        }

        private void OnFailure(Exception error)
        {
            options.AttemptFailed?.Invoke(sensorId, error);
            var gaveUp = error is ServiceMissingException ? ++_missing >= options.ServiceMissingAttempts : error is BluetoothException { IsTransient: false };
            if (gaveUp)
            {
                observer.OnNext(new SensorEvent.Changed(LinkStatus.Failed, error.Message));
                observer.OnCompleted();
                return;
            }
            if (!_down)
            {
                _down = true;
                observer.OnNext(new SensorEvent.Changed(LinkStatus.Lost, error.Message));
            }
            var wait = options.Backoff(_failures++);
            _current.Disposable = scheduler.Schedule(wait, Subscribe);
        }

        /// <summary>An attempt never completes on its own; if one does, treat it like a lost link.</summary>
        private void OnEnded() => OnFailure(new DeviceUnreachableException("The sensor stopped sending."));
    }
}
