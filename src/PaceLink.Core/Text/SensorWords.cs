namespace PaceLink.Core.Text;

/// <summary>Sensor ids ("pod", "hr") as a runner calls the device, the same on screen and in speech.</summary>
public static class SensorWords
{
    /// <summary>"foot pod", "heart-rate strap", or "sensor X" for an id PaceLink does not know.</summary>
    public static string Name(string id) => id switch
    {
        "pod" => "foot pod",
        "hr" => "heart-rate strap",
        _ => $"sensor {id}",
    };
}
