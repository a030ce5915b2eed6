using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>Properties of one interface: name → value.</summary>
internal sealed class PropertyMap : Dictionary<string, VariantValue>
{
    public PropertyMap() : base(StringComparer.Ordinal) { }
    public PropertyMap(IDictionary<string, VariantValue> values) : base(values, StringComparer.Ordinal) { }
}

/// <summary>Interfaces of one object: interface name → properties.</summary>
internal sealed class InterfaceMap : Dictionary<string, PropertyMap>
{
    public InterfaceMap() : base(StringComparer.Ordinal) { }
}

/// <summary>Typed reads of BlueZ property values; a missing or oddly typed property reads as absent.</summary>
internal static class PropertyReads
{
    public static string? String(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.String ? v.GetString() : null;

    public static bool Bool(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.Bool && v.GetBool();

    public static short? Int16(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.Int16 ? v.GetInt16() : null;

    public static byte? Byte(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.Byte ? v.GetByte() : null;

    public static string[] Strings(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.Array && v.ItemType == VariantValueType.String ? v.GetArray<string>() : [];

    public static byte[]? Bytes(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.Array && v.ItemType == VariantValueType.Byte ? v.GetArray<byte>() : null;

    public static string? ObjectPath(this PropertyMap p, string name) =>
        p.TryGetValue(name, out var v) && v.Type == VariantValueType.ObjectPath ? v.GetObjectPathAsString() : null;
}
