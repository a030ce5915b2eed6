using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The Bluetooth library states what is wrong; which PaceLink command helps is known only up here,
/// where the commands are. The service and the command line both answer with these sentences.
/// </summary>
public static class BluetoothAdvice
{
    /// <param name="error">What the Bluetooth library threw.</param>
    /// <param name="adapterOption">
    /// How the user names the adapter a relay or an emulator serves on in this command: an option
    /// (`--adapter` for `relay` and `emulate`, `--relay-adapter` for `run --relay`) or a setting
    /// (Relay:Adapter for the service); added to the sentences that say another adapter would help.
    /// </param>
    public static string Explain(Exception error, string? adapterOption = null) => error switch
    {
        PeripheralUnsupportedException or PeripheralBusyException when adapterOption is not null =>
            $"{error.Message} {NameTheAdapter(adapterOption)}",
        NoSensorsPairedException => $"{error.Message} Run `pacelink scan`, then `pacelink pair ADDRESS --as footpod` (or hr), or try `pacelink run --simulate`.",
        NoAdapterException => $"{error.Message} Without one, `pacelink run --simulate` runs the whole workout on simulated sensors.",
        DeviceNotFoundException => $"{error.Message} `pacelink scan` lists what is in range.",
        _ => error.Message,
    };

    private static string NameTheAdapter(string option) => option.StartsWith("--", StringComparison.Ordinal)
        ? $"Name that adapter with {option}, like {option} hci1."
        : $"Name that adapter in the {option} setting, like hci1.";
}
