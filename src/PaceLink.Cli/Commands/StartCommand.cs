using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink start [workout options]`: start a session on the running service.</summary>
public static class StartCommand
{
    public static Command Build(CliOutput io)
    {
        var connection = new ServiceConnection();
        var workout = new Option<string?>("--workout") { Description = "10k, half, or a workout file on the service's machine." };
        var pace = new Option<string?>("--target-pace") { Description = "Target pace per km (4:00) or per mile (6:26/mi)." };
        var goal = new Option<string?>("--goal") { Description = "Race goal instead of a pace: 10k=40:00, half=1:30:00." };
        var warmup = new Option<string?>("--warmup") { Description = "Warm-up length (15m)." };
        var cooldown = new Option<string?>("--cooldown") { Description = "Cool-down length (10m)." };
        var setRest = new Option<string?>("--set-rest") { Description = "Rest between sets (3m30s)." };
        var calibration = new Option<double?>("--calibration") { Description = "Foot-pod calibration factor (1.0 = as measured)." };
        var simulate = new Option<bool>("--simulate") { Description = "Use the simulated runner instead of the paired sensors." };
        var speed = new Option<double?>("--speed") { Description = "With --simulate: run N times faster than real time." };
        var command = new Command("start", "Start a coaching session on the running service.")
        {
            workout, pace, goal, warmup, cooldown, setRest, calibration, simulate, speed,
        };
        connection.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var body = new JsonObject();
            Put(body, "workout", parse.GetValue(workout));
            Put(body, "target_pace", parse.GetValue(pace));
            Put(body, "goal", parse.GetValue(goal));
            Put(body, "warmup", parse.GetValue(warmup));
            Put(body, "cooldown", parse.GetValue(cooldown));
            Put(body, "set_rest", parse.GetValue(setRest));
            if (parse.GetValue(calibration) is { } c) body["calibration"] = c;
            if (parse.GetValue(simulate)) body["simulate"] = true;
            if (parse.GetValue(speed) is { } s) body["speed"] = s;
            return ControlVerb.RunAsync(io, connection, parse, client => client.PostAsync("api/session/start", body.ToJsonString(), ct));
        });
        return command;
    }

    private static void Put(JsonObject body, string name, string? value)
    {
        if (value is not null) body[name] = JsonValue.Create(value);
    }
}
