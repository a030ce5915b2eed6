namespace PaceLink.Service.Export.Fit;

/// <summary>
/// The FIT messages of an activity file, with the global message numbers and field numbers of
/// the public FIT profile. Each is bound to its own local message type.
/// </summary>
internal static class FitMessages
{
    public const ushort FileIdNumber = 0;
    public const ushort SessionNumber = 18;
    public const ushort LapNumber = 19;
    public const ushort RecordNumber = 20;
    public const ushort ActivityNumber = 34;
    public const ushort EventNumber = 21;
    public const ushort DeviceInfoNumber = 23;
    public const ushort WorkoutNumber = 26;
    public const ushort WorkoutStepNumber = 27;
    public const ushort FileCreatorNumber = 49;
    public const ushort HrvNumber = 78;

    private const byte Timestamp = 253;
    private const byte MessageIndex = 254;

    /// <summary>type (4 = activity), manufacturer (255 = development), product, serial number, time created.</summary>
    public static readonly FitMessageDefinition FileId = new(0, FileIdNumber,
    [
        new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt16),
        new(3, FitBaseType.UInt32z), new(4, FitBaseType.UInt32),
    ]);

    /// <summary>
    /// timestamp, heart rate (bpm), cadence (whole strides/min), distance (1/100 m), speed (1/1000 m/s),
    /// fractional cadence (1/128 stride/min), step length (1/10 mm).
    /// </summary>
    public static readonly FitMessageDefinition Record = new(1, RecordNumber,
    [
        new(Timestamp, FitBaseType.UInt32), new(3, FitBaseType.UInt8), new(4, FitBaseType.UInt8),
        new(5, FitBaseType.UInt32), new(6, FitBaseType.UInt16), new(53, FitBaseType.UInt8),
        new(85, FitBaseType.UInt16),
    ]);

    /// <summary>
    /// message index, timestamp, event (9 = lap), event type (1 = stop), start time, elapsed and
    /// timer time (1/1000 s), distance (1/100 m), average and max speed (1/1000 m/s), average and
    /// max heart rate, average cadence (whole strides/min), intensity, lap trigger, sport (1 = running),
    /// sub sport, workout step index, average fractional cadence (1/128), average step length (1/10 mm),
    /// total calories (kcal, the TCX lap's Calories).
    /// </summary>
    public static readonly FitMessageDefinition Lap = new(2, LapNumber,
    [
        new(MessageIndex, FitBaseType.UInt16), new(Timestamp, FitBaseType.UInt32),
        new(0, FitBaseType.Enum), new(1, FitBaseType.Enum), new(2, FitBaseType.UInt32),
        new(7, FitBaseType.UInt32), new(8, FitBaseType.UInt32), new(9, FitBaseType.UInt32),
        new(13, FitBaseType.UInt16), new(14, FitBaseType.UInt16),
        new(15, FitBaseType.UInt8), new(16, FitBaseType.UInt8), new(17, FitBaseType.UInt8),
        new(23, FitBaseType.Enum), new(24, FitBaseType.Enum), new(25, FitBaseType.Enum), new(39, FitBaseType.Enum),
        new(71, FitBaseType.UInt16), new(80, FitBaseType.UInt8), new(120, FitBaseType.UInt16),
        new(11, FitBaseType.UInt16),
    ]);

    /// <summary>
    /// message index, timestamp, event (8 = session), event type, start time, sport, sub sport,
    /// elapsed and timer time, distance, average and max speed, average and max heart rate,
    /// average cadence, first lap index, number of laps, average fractional cadence, average step length,
    /// total calories.
    /// </summary>
    public static readonly FitMessageDefinition Session = new(3, SessionNumber,
    [
        new(MessageIndex, FitBaseType.UInt16), new(Timestamp, FitBaseType.UInt32),
        new(0, FitBaseType.Enum), new(1, FitBaseType.Enum), new(2, FitBaseType.UInt32),
        new(5, FitBaseType.Enum), new(6, FitBaseType.Enum),
        new(7, FitBaseType.UInt32), new(8, FitBaseType.UInt32), new(9, FitBaseType.UInt32),
        new(14, FitBaseType.UInt16), new(15, FitBaseType.UInt16),
        new(16, FitBaseType.UInt8), new(17, FitBaseType.UInt8), new(18, FitBaseType.UInt8),
        new(25, FitBaseType.UInt16), new(26, FitBaseType.UInt16),
        new(92, FitBaseType.UInt8), new(134, FitBaseType.UInt16), new(11, FitBaseType.UInt16),
    ]);

    /// <summary>timestamp, timer time, number of sessions, type (0 = manual), event (26 = activity), event type (1 = stop), local timestamp.</summary>
    public static readonly FitMessageDefinition Activity = new(4, ActivityNumber,
    [
        new(Timestamp, FitBaseType.UInt32), new(0, FitBaseType.UInt32), new(1, FitBaseType.UInt16),
        new(2, FitBaseType.Enum), new(3, FitBaseType.Enum), new(4, FitBaseType.Enum), new(5, FitBaseType.UInt32),
    ]);

    /// <summary>software version (× 100), hardware version.</summary>
    public static readonly FitMessageDefinition FileCreator = new(5, FileCreatorNumber,
    [
        new(0, FitBaseType.UInt16), new(1, FitBaseType.UInt8),
    ]);

    /// <summary>timestamp, event (0 = timer), event type (0 = start, 4 = stop all).</summary>
    public static readonly FitMessageDefinition Event = new(7, EventNumber,
    [
        new(Timestamp, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum),
    ]);

    /// <summary>
    /// timestamp, device index (0 = creator), device type (BLE device type for source type BLE),
    /// manufacturer, software version (× 100), source type, battery level (%), product name.
    /// </summary>
    public static FitMessageDefinition DeviceInfo(byte nameSize) => new(6, DeviceInfoNumber,
    [
        new(Timestamp, FitBaseType.UInt32), new(0, FitBaseType.UInt8), new(1, FitBaseType.UInt8),
        new(2, FitBaseType.UInt16), new(5, FitBaseType.UInt16), new(25, FitBaseType.Enum),
        new(32, FitBaseType.UInt8), new(27, FitBaseType.String, nameSize),
    ]);

    /// <summary>RR intervals in 1/1000 s, as many as one heart-rate notification carried.</summary>
    public static FitMessageDefinition Hrv(byte count) => new(8, HrvNumber,
    [
        new(0, FitBaseType.UInt16, count),
    ]);

    /// <summary>sport, sub sport, number of valid steps, name.</summary>
    public static FitMessageDefinition Workout(byte nameSize) => new(9, WorkoutNumber,
    [
        new(4, FitBaseType.Enum), new(11, FitBaseType.Enum), new(6, FitBaseType.UInt16),
        new(8, FitBaseType.String, nameSize),
    ]);

    /// <summary>
    /// message index, duration type, duration value, target type, target value, custom target low
    /// and high, intensity, name.
    /// </summary>
    public static FitMessageDefinition WorkoutStep(byte nameSize) => new(10, WorkoutStepNumber,
    [
        new(MessageIndex, FitBaseType.UInt16), new(1, FitBaseType.Enum), new(2, FitBaseType.UInt32),
        new(3, FitBaseType.Enum), new(4, FitBaseType.UInt32), new(5, FitBaseType.UInt32),
        new(6, FitBaseType.UInt32), new(7, FitBaseType.Enum), new(0, FitBaseType.String, nameSize),
    ]);
}
