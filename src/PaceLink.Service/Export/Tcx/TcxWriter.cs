using System.Globalization;
using System.Text;
using System.Xml;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Tcx;

/// <summary>
/// Writes a reviewed session as Training Center XML v2: one Activity (Sport="Running"), one Lap
/// per phase (reps Active and triggered by distance, everything else by time; rests Resting),
/// a Trackpoint per second with distance, heart rate, and the ActivityExtension TPX speed and
/// running cadence (strides per minute, as TCX counts them).
/// </summary>
public static class TcxWriter
{
    public const string Namespace = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    public const string ExtensionNamespace = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    public const string NoSamples = "the trace has no heart-rate or foot-pod samples, so there is no activity to write as TCX";

    /// <summary>False for a session without a single sensor value (a header-only trace).</summary>
    public static bool HasSamples(SessionReview review) =>
        review.Timeline.Any(r => r.HeartRate is not null || r.SpeedMetresPerSecond is not null);

    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// Writes the session; <paramref name="software"/> ("pacelink 0.1.0") names the Creator and the
    /// Author. Each lap's Calories is <paramref name="calories"/>' estimate (from heart rate with a
    /// runner profile, else from distance and body mass), the same whole kcal the FIT lap has. Throws <see cref="InvalidDataException"/> when the session has no samples at all,
    /// which TCX cannot express (a Track needs a Trackpoint).
    /// </summary>
    public static void Write(SessionReview review, Stream output, string? software = null, ExportCalories? calories = null)
    {
        if (!HasSamples(review)) throw new InvalidDataException(NoSamples);
        var version = Version.TryParse(software?.Split(' ').LastOrDefault(), out var v) ? v : new Version(0, 0);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("TrainingCenterDatabase", Namespace);
        xml.WriteAttributeString("xmlns", "ns3", null, ExtensionNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteStartElement("Activities", Namespace);
        xml.WriteStartElement("Activity", Namespace);
        xml.WriteAttributeString("Sport", "Running");
        xml.WriteElementString("Id", Namespace, Time(review.StartedUtc));
        var kcal = (calories ?? ExportCalories.For(null)).LapKilocalories(review);
        for (var i = 0; i < review.Laps.Count; i++) WriteLap(xml, review, review.Laps[i], kcal[i]);
        xml.WriteElementString("Notes", Namespace, "Recorded by PaceLink");
        // Device_t is the only concrete recorder type the schema offers; PaceLink is the recorder.
        xml.WriteStartElement("Creator", Namespace);
        xml.WriteAttributeString("type", Xsi, "Device_t");
        xml.WriteElementString("Name", Namespace, "PaceLink");
        xml.WriteElementString("UnitId", Namespace, "0");
        xml.WriteElementString("ProductID", Namespace, "0");
        WriteVersion(xml, version);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Author", Namespace);
        xml.WriteAttributeString("type", Xsi, "Application_t");
        xml.WriteElementString("Name", Namespace, "PaceLink");
        xml.WriteStartElement("Build", Namespace);
        WriteVersion(xml, version);
        xml.WriteEndElement();
        xml.WriteElementString("LangID", Namespace, "en");
        // The schema requires a part number in Garmin's format; PaceLink has none, so all zeros.
        xml.WriteElementString("PartNumber", Namespace, "000-00000-00");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLap(XmlWriter xml, SessionReview review, LapSummary lap, int kcal)
    {
        xml.WriteStartElement("Lap", Namespace);
        xml.WriteAttributeString("StartTime", Time(review.StartedUtc + lap.Start));
        Element(xml, "TotalTimeSeconds", lap.DurationSeconds);
        Metres(xml, lap.DistanceMetres);
        if (lap.MaxSpeedMetresPerSecond is { } max) Element(xml, "MaximumSpeed", max);
        xml.WriteElementString("Calories", Namespace, kcal.ToString(CultureInfo.InvariantCulture));
        if (Bpm(lap.AverageHeartRate) is { } avgHr) HeartRate(xml, "AverageHeartRateBpm", avgHr);
        if (Bpm(lap.MaxHeartRate) is { } maxHr) HeartRate(xml, "MaximumHeartRateBpm", maxHr);
        xml.WriteElementString("Intensity", Namespace, lap.Span.IsRest ? "Resting" : "Active");
        xml.WriteElementString("TriggerMethod", Namespace, lap.EndsOnDistance ? "Distance" : "Time");
        var from = (int)Math.Ceiling(lap.Start.TotalSeconds);
        var to = lap.Start + lap.Span.Duration;
        var rows = review.Timeline.Where(r => r.Second >= from && TimeSpan.FromSeconds(r.Second) < to).ToList();
        // A Track needs at least one Trackpoint: a lap shorter than a second has none.
        if (rows.Count > 0)
        {
            xml.WriteStartElement("Track", Namespace);
            foreach (var row in rows) WriteTrackpoint(xml, review.StartedUtc, row);
            xml.WriteEndElement();
        }
        xml.WriteElementString("Notes", Namespace, Export.Fit.FitWorkoutSteps.Name(lap.Span.Phase, lap.Span.Set, lap.Span.Rep));
        xml.WriteStartElement("Extensions", Namespace);
        xml.WriteStartElement("LX", ExtensionNamespace);
        Element(xml, "AvgSpeed", lap.AverageSpeedMetresPerSecond, ExtensionNamespace);
        if (lap.AverageCadence is { } c) xml.WriteElementString("AvgRunCadence", ExtensionNamespace, Strides(c).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteTrackpoint(XmlWriter xml, DateTimeOffset start, TimelineRow row)
    {
        xml.WriteStartElement("Trackpoint", Namespace);
        xml.WriteElementString("Time", Namespace, Time(start.AddSeconds(row.Second)));
        Metres(xml, row.DistanceMetres);
        if (Bpm(row.HeartRate) is { } hr) HeartRate(xml, "HeartRateBpm", hr);
        xml.WriteElementString("SensorState", Namespace, row.SpeedMetresPerSecond is null ? "Absent" : "Present");
        if (row.SpeedMetresPerSecond is { } speed)
        {
            xml.WriteStartElement("Extensions", Namespace);
            xml.WriteStartElement("TPX", ExtensionNamespace);
            xml.WriteAttributeString("CadenceSensor", "Footpod");
            Element(xml, "Speed", speed, ExtensionNamespace);
            if (row.Cadence is { } c) xml.WriteElementString("RunCadence", ExtensionNamespace, Strides(c).ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteVersion(XmlWriter xml, Version version)
    {
        xml.WriteStartElement("Version", Namespace);
        xml.WriteElementString("VersionMajor", Namespace, Math.Max(0, version.Major).ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("VersionMinor", Namespace, Math.Max(0, version.Minor).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void HeartRate(XmlWriter xml, string name, int bpm)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteElementString("Value", Namespace, bpm.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    /// <summary>A distance to the centimetre, rounded as the FIT file and the CSV round it, so all three show the same metres.</summary>
    private static void Metres(XmlWriter xml, double metres) =>
        xml.WriteElementString("DistanceMeters", Namespace,
            (Math.Round(Math.Max(0, metres) * 100, MidpointRounding.AwayFromZero) / 100).ToString("0.##", CultureInfo.InvariantCulture));

    private static void Element(XmlWriter xml, string name, double value, string ns = Namespace) =>
        xml.WriteElementString(name, ns, Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>TCX heart rates are 1-255.</summary>
    private static int? Bpm(double? bpm) => bpm is { } v && v >= 1 ? (int)Math.Min(255, Math.Round(v)) : null;

    private static int Strides(double stepsPerMinute) => (int)Math.Clamp(Math.Round(stepsPerMinute / 2), 0, 254);

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
