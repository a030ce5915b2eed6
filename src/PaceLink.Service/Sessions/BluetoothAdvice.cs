using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The Bluetooth library states what is wrong; which PaceLink command helps is known only up here,
/// where the commands are. The service and the command line both answer with these sentences.
/// </summary>
public static class BluetoothAdvice
{
    public static string Explain(Exception error) => error switch
    {
        NoSensorsPairedException => $"{error.Message} Run `pacelink scan`, then `pacelink pair ADDRESS --as footpod` (or hr), or try `pacelink run --simulate`.",
        NoAdapterException => $"{error.Message} Without one, `pacelink run --simulate` runs the whole workout on simulated sensors.",
        DeviceNotFoundException => $"{error.Message} `pacelink scan` lists what is in range.",
        _ => error.Message,
    };
}
