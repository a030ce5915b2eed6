using System.Text.RegularExpressions;
using PaceLink.Core.Relay;

namespace PaceLink.Service.Relay;

/// <summary>What a relay serves, from what, on which adapter and under which names.</summary>
public sealed partial record RelaySetup
{
    /// <summary>The names a watch shows when it searches for a foot pod and for a heart-rate sensor.</summary>
    public const string DefaultPodName = "PaceLink Pod";
    public const string DefaultHeartRateName = "PaceLink HR";

    public RelayOptions Options { get; init; } = new();

    /// <summary>The adapter the watch connects to ("hci1"); null shares the sensors' adapter (hci0), which must then do both roles at once.</summary>
    public string? Adapter { get; init; }

    /// <summary>The adapter PaceLink reaches the sensors through; null is BlueZ's first (hci0).</summary>
    public string? CentralAdapter { get; init; }

    public string PodName { get; init; } = DefaultPodName;
    public string HeartRateName { get; init; } = DefaultHeartRateName;

    /// <summary>The adapter the relay serves on.</summary>
    public string PeripheralAdapter => Adapter ?? CentralAdapter ?? "hci0";

    /// <summary>True when one adapter is the sensors' central and the watch's peripheral.</summary>
    public bool SharesAdapter => PeripheralAdapter == (CentralAdapter ?? "hci0");

    /// <summary>What a watch will find, for messages: "\"PaceLink Pod\" and \"PaceLink HR\"".</summary>
    public string Served =>
        string.Join(" and ", new[] { Options.Pod ? $"\"{PodName}\"" : null, Options.HeartRate ? $"\"{HeartRateName}\"" : null }.OfType<string>());

    /// <summary>True for a BlueZ adapter name: hci0, hci1, …</summary>
    public static bool IsAdapterName(string name) => AdapterPattern().IsMatch(name);

    [GeneratedRegex("^hci[0-9]{1,3}$")]
    private static partial Regex AdapterPattern();
}
