namespace PaceLink.Core.Units;

/// <summary>Speed in metres per second (the unit of the RSC characteristic after scaling).</summary>
public readonly record struct Speed(double MetresPerSecond) : IComparable<Speed>
{
    public static Speed FromMetresPerSecond(double v) => new(v);
    public static Speed FromKilometresPerHour(double v) => new(v / 3.6);
    public double KilometresPerHour => MetresPerSecond * 3.6;
    public Pace Pace => Pace.FromSpeed(this);
    public int CompareTo(Speed other) => MetresPerSecond.CompareTo(other.MetresPerSecond);
    public override string ToString() => $"{MetresPerSecond:0.00} m/s";
}
