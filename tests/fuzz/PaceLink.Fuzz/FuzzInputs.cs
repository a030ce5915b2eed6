using System.Text;
using CsCheck;

namespace PaceLink.Fuzz;

/// <summary>
/// Input generators: raw random bytes, and seeds from the corpus mutated a few edits at a time
/// (flip, insert, delete, truncate, splice another seed), which reaches far deeper into a parser
/// than random bytes alone.
/// </summary>
public static class FuzzInputs
{
    public static Gen<byte[]> For(string target, IReadOnlyList<byte[]> seeds) =>
        target.StartsWith("trace", StringComparison.Ordinal) ? Traces(seeds) : Payloads(seeds);

    /// <summary>GATT payloads: short, any flags byte, plus mutated real payloads.</summary>
    public static Gen<byte[]> Payloads(IReadOnlyList<byte[]> seeds) => seeds.Count == 0
        ? Gen.Byte.Array[0, 48]
        : Gen.Frequency((2, Gen.Byte.Array[0, 48]), (3, Mutated(seeds, 6)));

    /// <summary>Trace files: mutated seed traces, seed lines shuffled together, and random text.</summary>
    public static Gen<byte[]> Traces(IReadOnlyList<byte[]> seeds)
    {
        var text = Gen.Char["{}[]\":,.0123456789abcdefnotiyplsrhvx-\n\r \\eu"].Array[0, 200].Select(c => Encoding.UTF8.GetBytes(c));
        if (seeds.Count == 0) return Gen.Frequency((1, Gen.Byte.Array[0, 200]), (1, text));
        var lines = seeds.SelectMany(s => Encoding.UTF8.GetString(s).Split('\n')).Where(l => l.Length > 0).Distinct().ToArray();
        var shuffled = Gen.Int[0, lines.Length - 1].Array[1, 8].Select(ix => Encoding.UTF8.GetBytes(string.Join('\n', ix.Select(i => lines[i])) + "\n"));
        var headed = Gen.Int[0, lines.Length - 1].Array[0, 6].Select(ix => Encoding.UTF8.GetBytes(lines[0] + "\n" + string.Join('\n', ix.Select(i => lines[i])) + "\n"));
        return Gen.Frequency((4, Mutated(seeds, 8)), (2, headed), (1, shuffled), (1, text), (1, Gen.Byte.Array[0, 120]));
    }

    /// <summary>A seed with 1..<paramref name="maxEdits"/> edits; each edit is one random 32-bit word.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds, int maxEdits) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.UInt.Array[1, maxEdits], (i, edits) => Mutate(seeds[i], seeds, edits));

    public static byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> seeds, uint[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var e in edits)
        {
            var at = bytes.Count == 0 ? 0 : (int)((e >> 8) % (uint)bytes.Count);
            var value = (byte)(e >> 24);
            switch (e & 7)
            {
                case 0 or 1 when bytes.Count > 0: bytes[at] = value; break;
                case 2: bytes.Insert(at, value); break;
                case 3 when bytes.Count > 0: bytes.RemoveAt(at); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                case 5 when bytes.Count > 0: bytes[at] ^= (byte)(1 << (int)((e >> 3) & 7)); break;
                case 6: bytes.InsertRange(at, Interesting[(e >> 3) % (uint)Interesting.Length]); break;
                case 7:
                    var other = seeds[(int)((e >> 3) % (uint)seeds.Count)];
                    bytes.InsertRange(at, other.AsSpan(0, Math.Min(other.Length, 1 + (int)(value % 64))).ToArray());
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Boundary values and tokens that often break parsers.</summary>
    private static readonly byte[][] Interesting =
    [
        [0x00], [0xff], [0x7f], [0x80], [0xff, 0xff], [0x00, 0x00], [0xff, 0xff, 0xff, 0xff],
        "\n"u8.ToArray(), "\r"u8.ToArray(), "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "\\u0000"u8.ToArray(),
        "1e308"u8.ToArray(), "-1"u8.ToArray(), "NaN"u8.ToArray(), "999999999999"u8.ToArray(), "null"u8.ToArray(),
        [0xc3], [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80],
    ];
}
