using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using PaceLink.Cli.Control;
using PaceLink.Cli.Options;
using PaceLink.Core.Workout;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink start [workout options]`: start a session on the running service.</summary>
internal static class StartCommand
{
    public static Command Build(CliOutput io)
    {
        var connection = new ServiceConnection();
        var workout = new WorkoutArguments(withUnits: true);
        var simulate = new Option<bool>("--simulate") { Description = "Use the simulated runner instead of the paired sensors." };
        var speed = new Option<double?>("--speed") { Description = "With --simulate: run N times faster than real time." };
        var athletes = new Option<string[]>("--athlete") { Description = "Start this athlete's own session (a group; see docs/coach.md). With --all, may be given for each athlete." };
        var all = new Option<bool>("--all") { Description = "Start the group together: every athlete paired on the service, or those given with --athlete." };
        var hrMax = new Option<int?>("--hr-max") { Description = "With --athlete: the athlete's maximum heart rate, for the coach board's colours." };
        var command = new Command("start", "Start a coaching session on the running service (a workout file is read here and sent; a bare name is a workout in the service's workouts/ folder).")
        {
            simulate, speed, athletes, all, hrMax,
        };
        workout.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var body = new JsonObject();
            if (!TryPutWorkout(body, parse.GetValue(workout.Workout), out var workoutError))
            {
                await io.Error.WriteLineAsync($"pacelink: --workout: {workoutError}");
                return 1;
            }
            Put(body, "target_pace", parse.GetValue(workout.TargetPace));
            Put(body, "goal", parse.GetValue(workout.Goal));
            Put(body, "warmup", parse.GetValue(workout.Warmup));
            Put(body, "cooldown", parse.GetValue(workout.Cooldown));
            Put(body, "set_rest", parse.GetValue(workout.SetRest));
            Put(body, "tolerance", parse.GetValue(workout.Tolerance));
            Put(body, "finish_faster", parse.GetValue(workout.FinishFaster));
            Put(body, "units", parse.GetValue(workout.Units!.Units));
            if (parse.GetValue(workout.Calibration) is { } calibration)
            {
                if (!double.TryParse(calibration, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor))
                {
                    await io.Error.WriteLineAsync($"pacelink: --calibration: '{calibration}' is not a number; write it like 0.97");
                    return 1;
                }
                body["calibration"] = factor;
            }
            if (parse.GetValue(simulate)) body["simulate"] = true;
            if (parse.GetValue(speed) is { } s) body["speed"] = s;
            var names = parse.GetValue(athletes) ?? [];
            if (parse.GetValue(all))
            {
                if (parse.GetValue(hrMax) is not null) return await Usage(io, "--hr-max is given per athlete: start --athlete NAME --hr-max N");
                if (names.Length > 0) body["athletes"] = new JsonArray([.. names.Select(n => (JsonNode)JsonValue.Create(n))]);
                return await ControlVerb.RunAsync(io, connection, parse, client => client.PostAsync("api/athletes/start", body.ToJsonString(), ct));
            }
            if (names.Length > 1) return await Usage(io, "--athlete names one athlete; start a group with --all --athlete A --athlete B");
            if (names.Length == 0)
            {
                if (parse.GetValue(hrMax) is not null) return await Usage(io, "--hr-max needs --athlete NAME");
                return await ControlVerb.RunAsync(io, connection, parse, client => client.PostAsync("api/session/start", body.ToJsonString(), ct));
            }
            if (PaceLink.Service.Coach.AthleteName.Problem(names[0]) is { } problem) return await Usage(io, "--athlete: " + problem);
            if (parse.GetValue(hrMax) is { } max) body["hr_max"] = max;
            return await ControlVerb.RunAsync(io, connection, parse, client => client.PostAsync(AthleteOption.PathFor(names[0], "api/session/start"), body.ToJsonString(), ct));
        });
        return command;
    }

    /// <summary>
    /// A preset or a bare name goes as it is (the service looks names up in its workouts/ folder);
    /// a file is read here, as every verb reads one (<see cref="WorkoutArguments.TryReadFile"/>), and its content sent: the service never opens a path it was sent.
    /// </summary>
    private static bool TryPutWorkout(JsonObject body, string? value, out string error)
    {
        error = "";
        if (value is null) return true;
        if (!WorkoutArguments.NamesFile(value) || WorkoutPresets.SetsFor(value) is not null)
        {
            Put(body, "workout", value);
            return true;
        }
        if (!WorkoutArguments.TryReadFile(value, out var text, out error)) return false;
        Put(body, "workout", text);
        Put(body, "workout_name", Path.GetFileName(value));
        return true;
    }

    private static async Task<int> Usage(CliOutput io, string message)
    {
        await io.Error.WriteLineAsync($"pacelink: {message}");
        return 1;
    }

    private static void Put(JsonObject body, string name, string? value)
    {
        if (value is not null) body[name] = JsonValue.Create(value);
    }
}
