namespace PaceLink.Core.Engine;

/// <summary>How one sensor is doing, as the engine sees it.</summary>
/// <param name="Sensor">The session's id ("pod", "hr").</param>
/// <param name="Lost">True while the sensor has been silent for longer than the timeout.</param>
/// <param name="LastSeen">Session time of its latest notification.</param>
/// <param name="Notifications">Notifications received.</param>
/// <param name="Malformed">Payloads that did not decode and were skipped.</param>
public sealed record SensorHealth(string Sensor, bool Lost, TimeSpan LastSeen, int Notifications, int Malformed);
