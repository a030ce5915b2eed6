namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>
/// One-line commands that make the fake BlueZ misbehave during a demo: "drop pod", "away hr",
/// "back hr", "forget pod", "off", "on", "restart".
/// </summary>
public static class FakeBlueZCommands
{
    public const string Help = "commands: drop pod|hr, away pod|hr, back pod|hr, forget pod|hr, off, on, restart";

    /// <summary>Carries out <paramref name="line"/>; returns what happened, or how to write it.</summary>
    public static async Task<string> ApplyAsync(FakeBlueZ fake, string line, IReadOnlyDictionary<string, string>? addresses = null)
    {
        addresses ??= SimulatedSensorFeed.DefaultAddresses;
        var words = line.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? Address() => words.Length == 2 && addresses.TryGetValue(words[1], out var a) ? a : null;
        switch (words)
        {
            case ["off"]: fake.SetPowered(false); return "adapter switched off";
            case ["on"]: fake.SetPowered(true); return "adapter switched on";
            case ["restart"]:
                fake.Vanish();
                await fake.ReappearAsync().ConfigureAwait(false);
                return "bluetoothd restarted";
            case ["drop", _] when Address() is { } a: fake.DropConnection(a); return $"{words[1]} dropped its link";
            case ["away", _] when Address() is { } a: fake.SetInRange(a, false); return $"{words[1]} out of range";
            case ["back", _] when Address() is { } a: fake.SetInRange(a, true); return $"{words[1]} back in range";
            case ["forget", _] when Address() is { } a: fake.RemoveDevice(a); return $"BlueZ forgot {words[1]}";
            default: return Help;
        }
    }
}
