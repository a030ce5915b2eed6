namespace PaceLink.Core.Gatt;

public enum GattErrorKind
{
    None,
    /// <summary>Fewer bytes than the mandatory fields need.</summary>
    TooShort,
    /// <summary>A field the flags announce is cut short.</summary>
    FlaggedFieldTruncated,
    /// <summary>A fixed-length characteristic with the wrong length.</summary>
    WrongLength,
    /// <summary>A value the specification reserves.</summary>
    ReservedValue,
    /// <summary>A valid value this decoder does not handle (for example a request op code where a response is expected).</summary>
    UnexpectedValue,
    /// <summary>A characteristic PaceLink has no decoder for.</summary>
    UnknownCharacteristic,
}

/// <summary>
/// Why a payload was rejected. Holds only constants and numbers so that building it never
/// allocates; the sentence for people is made on demand by <see cref="Describe"/>.
/// </summary>
public readonly record struct GattError(ushort Characteristic, GattErrorKind Kind, string Field, int Have, int Need)
{
    public static GattError TooShort(ushort ch, string fields, int have, int need) => new(ch, GattErrorKind.TooShort, fields, have, need);
    public static GattError Truncated(ushort ch, string field, int have, int need) => new(ch, GattErrorKind.FlaggedFieldTruncated, field, have, need);
    public static GattError WrongLength(ushort ch, string field, int have, int need) => new(ch, GattErrorKind.WrongLength, field, have, need);
    public static GattError Reserved(ushort ch, string field, int value) => new(ch, GattErrorKind.ReservedValue, field, value, 0);
    public static GattError Unexpected(ushort ch, string field, int value, int expected) => new(ch, GattErrorKind.UnexpectedValue, field, value, expected);
    public static GattError Unknown(ushort ch) => new(ch, GattErrorKind.UnknownCharacteristic, "", 0, 0);

    /// <summary>One sentence a user can act on.</summary>
    public string Describe() => Kind switch
    {
        GattErrorKind.TooShort => $"0x{Characteristic:X4} needs at least {Need} bytes ({Field}), but the payload has {Have}",
        GattErrorKind.FlaggedFieldTruncated => $"0x{Characteristic:X4} flags say {Field} is present, but the payload has {Have} of the {Need} bytes that requires",
        GattErrorKind.WrongLength => $"0x{Characteristic:X4} ({Field}) must be exactly {Need} byte{(Need == 1 ? "" : "s")}, but the payload has {Have}",
        GattErrorKind.ReservedValue => $"0x{Characteristic:X4} {Field} {Have} is a reserved value",
        GattErrorKind.UnexpectedValue => $"0x{Characteristic:X4} {Field} is 0x{Have:X2}, but only 0x{Need:X2} can be decoded",
        GattErrorKind.UnknownCharacteristic => $"0x{Characteristic:X4} is not a characteristic PaceLink can decode",
        _ => "no error",
    };

    public override string ToString() => Describe();
}
