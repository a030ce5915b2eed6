using System.CommandLine;
using System.Globalization;
using PaceLink.Core.Gatt;

namespace PaceLink.Cli.Commands;

/// <summary>
/// `pacelink decode CHAR HEX`: shows what a sensor payload means. Prints one JSON object on success;
/// one sentence on stderr and a non-zero exit code otherwise.
/// </summary>
internal static class DecodeCommand
{
    /// <summary>The payload was read but is not valid for the characteristic.</summary>
    public const int InvalidPayload = 1;

    /// <summary>The arguments could not be understood (bad hex, unknown characteristic).</summary>
    public const int BadArguments = 2;

    /// <summary>decode's sentence stands alone on standard error, without "error: " (its documented output).</summary>
    private const string Bare = "";

    public static Command Create(CliOutput io)
    {
        var characteristic = new Argument<string>("char")
        {
            Description = "16-bit characteristic id in hex: 2a37, 2A53, 0x2a53 (" + Known() + ")",
        };
        var payload = new Argument<string[]>("hex")
        {
            Description = "the payload bytes in hex: 0e4801, 0e 48 01 or 0e:48:01",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("decode", "Decode one GATT payload and print it as JSON") { characteristic, payload };
        command.SetAction(parse => Run(parse.GetValue(characteristic), string.Join(' ', parse.GetValue(payload) ?? []), io));
        return command;
    }

    /// <summary>Runs the verb; returns the process exit code.</summary>
    public static int Run(string? characteristicText, string? hex, CliOutput io)
    {
        if (!GattIds.TryParse(characteristicText, out var id))
            return io.Fail($"'{characteristicText}' is not a 16-bit characteristic id; write it in hex like 2a53 or 0x2A53", BadArguments, Bare);
        if (!GattDecoders.TryGet(id, out var decode))
            return io.Fail($"0x{id:X4} is not a characteristic PaceLink can decode; known ones are {Known()}", BadArguments, Bare);
        if (!TryParseHex(hex, out var bytes, out var problem))
            return io.Fail(problem, BadArguments, Bare);
        if (!decode(bytes, out var fields, out var error))
            return io.Fail(error.Describe(), InvalidPayload, Bare);
        io.Out.WriteLine(fields.ToJsonString());
        return 0;
    }

    private static string Known() => string.Join(", ", GattDecoders.Characteristics.Select(GattIds.ToHex));

    /// <summary>Hex to bytes; separators between bytes and a leading 0x are tolerated.</summary>
    internal static bool TryParseHex(string? text, out byte[] bytes, out string problem)
    {
        bytes = [];
        problem = "";
        var digits = (text ?? "").Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) digits = digits[2..];
        digits = string.Concat(digits.Where(c => c is not (' ' or ':' or '-')));
        var bad = digits.FirstOrDefault(c => !char.IsAsciiHexDigit(c));
        if (bad != default)
        {
            problem = $"payload '{text}' is not hex: '{bad}' is not a hex digit";
            return false;
        }
        if (digits.Length % 2 != 0)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"payload '{text}' has an odd number of hex digits ({digits.Length}); every byte needs two");
            return false;
        }
        bytes = Convert.FromHexString(digits);
        return true;
    }
}
