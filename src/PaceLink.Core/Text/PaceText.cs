using System.Globalization;
using PaceLink.Core.Units;

namespace PaceLink.Core.Text;

/// <summary>Paces and distances written and spoken in the runner's unit: "4:00/km", "6:26 per mile", "5.00 km".</summary>
public static class PaceText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Seconds per kilometre or per mile: the number a pace axis or a pace column is drawn in.</summary>
    public static double Seconds(Pace pace, DistanceUnit unit = DistanceUnit.Kilometres) =>
        unit == DistanceUnit.Miles ? pace.SecondsPerMile : pace.SecondsPerKm;

    /// <summary>"4:05" per unit, rounded to the second; "--:--" when standing.</summary>
    public static string Bare(Pace pace, DistanceUnit unit = DistanceUnit.Kilometres) => Clock.Seconds(Seconds(pace, unit));

    /// <summary>"4:05/km" or "6:34/mi".</summary>
    public static string Written(Pace pace, DistanceUnit unit = DistanceUnit.Kilometres) => Bare(pace, unit) + Per(unit);

    /// <summary>"/km" or "/mi": what a pace is per, for headings ("Pace /mi") and labels.</summary>
    public static string Per(DistanceUnit unit) => "/" + DistanceUnits.Name(unit);

    /// <summary>"4:05 per kilometre" or "6:34 per mile".</summary>
    public static string Spoken(Pace pace, DistanceUnit unit = DistanceUnit.Kilometres) =>
        Bare(pace, unit) + (unit == DistanceUnit.Miles ? " per mile" : " per kilometre");

    /// <summary>"5.00 km" or "3.11 mi".</summary>
    public static string Distance(double metres, DistanceUnit unit = DistanceUnit.Kilometres) => unit == DistanceUnit.Miles
        ? (metres / Pace.MetresPerMile).ToString("0.00", C) + " mi"
        : (metres / 1000).ToString("0.00", C) + " km";
}
