using Microsoft.Extensions.Time.Testing;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// A machine clock whose wall time can be stepped (an NTP correction, a daylight-saving change, a
/// user setting the date) while its monotonic timestamp keeps running evenly, as on a real machine.
/// </summary>
internal sealed class JumpingWallClock(FakeTimeProvider monotonic) : TimeProvider
{
    /// <summary>How far the wall clock has been stepped away from the monotonic time.</summary>
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => monotonic.GetUtcNow() + Offset;

    public override long GetTimestamp() => monotonic.GetTimestamp();

    public override long TimestampFrequency => monotonic.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        monotonic.CreateTimer(callback, state, dueTime, period);
}
