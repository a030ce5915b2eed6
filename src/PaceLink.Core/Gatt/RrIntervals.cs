using System.Buffers.Binary;
using System.Collections;

namespace PaceLink.Core.Gatt;

/// <summary>
/// RR intervals of one heart-rate notification, read lazily from the payload bytes (u16, 1/1024 s),
/// so decoding any number of them allocates nothing.
/// </summary>
public readonly struct RrIntervals : IReadOnlyList<double>, IEquatable<RrIntervals>
{
    private readonly ReadOnlyMemory<byte> _raw;

    internal RrIntervals(ReadOnlyMemory<byte> raw) => _raw = raw;

    public static RrIntervals Empty => default;

    /// <summary>Packs seconds into the wire form (rounded to 1/1024 s).</summary>
    public static RrIntervals FromSeconds(IReadOnlyList<double> seconds)
    {
        var bytes = new byte[seconds.Count * 2];
        for (var i = 0; i < seconds.Count; i++)
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), Fixed.ToU16(seconds[i] * 1024));
        return new RrIntervals(bytes);
    }

    public int Count => _raw.Length / 2;
    public ReadOnlySpan<byte> RawBytes => _raw.Span;
    public ushort RawAt(int index) => BinaryPrimitives.ReadUInt16LittleEndian(_raw.Span[(index * 2)..]);
    public double this[int index] => RawAt(index) / 1024.0;

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<double> IEnumerable<double>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(RrIntervals other) => _raw.Span.SequenceEqual(other._raw.Span);
    public override bool Equals(object? obj) => obj is RrIntervals o && Equals(o);
    public override int GetHashCode() => Count;
    public static bool operator ==(RrIntervals a, RrIntervals b) => a.Equals(b);
    public static bool operator !=(RrIntervals a, RrIntervals b) => !a.Equals(b);
    public override string ToString() => "[" + string.Join(", ", this.Select(s => s.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    public struct Enumerator : IEnumerator<double>
    {
        private readonly RrIntervals _rr;
        private int _i;
        internal Enumerator(RrIntervals rr) { _rr = rr; _i = -1; }
        public readonly double Current => _rr[_i];
        readonly object IEnumerator.Current => Current;
        public bool MoveNext() => ++_i < _rr.Count;
        public void Reset() => _i = -1;
        public readonly void Dispose() { }
    }
}
