using System.CommandLine;
using PaceLink.Cli.Options;
using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Export.Fit;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink workout show|export [workout options]</c>: the plan PaceLink will coach, as a table or
/// as a FIT workout file for the runner's watch.
/// </summary>
internal static class WorkoutCommand
{
    public static Command Build(CliOutput io, TimeProvider? clock = null)
    {
        var command = new Command("workout", "Show a workout step by step, or export it as a FIT workout file for a watch");
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Export(io, clock ?? TimeProvider.System));
        return command;
    }

    private static Command Show(CliOutput io)
    {
        var options = new WorkoutArguments(withUnits: true);
        var show = new Command("show", "Print the workout as a table: every step, total time and distance");
        options.AddTo(show);
        show.SetAction(result =>
        {
            if (!TryPlan(io, options, result, out var plan, out var settings)) return 1;
            io.Out.Write(Table(plan, settings.Units));
            return 0;
        });
        return show;
    }

    private static readonly OutputKind WorkoutFile = new("FIT workout file", Text: false, ".fit");

    private static Command Export(CliOutput io, TimeProvider clock)
    {
        var options = new WorkoutArguments();
        var output = new Option<string>("--output", "-o") { Description = "FIT workout file to write (copy it to GARMIN/NewFiles on a Garmin watch)", Required = true };
        var force = new Option<bool>("--force") { Description = "replace the output file if it exists" };
        var export = new Command("export", "Write the workout as a FIT workout file");
        options.AddTo(export);
        export.Options.Add(output);
        export.Options.Add(force);
        export.SetAction(result =>
        {
            if (!TryPlan(io, options, result, out var plan, out var settings)) return 1;
            var bytes = FitWorkoutWriter.Write(plan, settings.Tolerance, clock.GetUtcNow());
            return OutputFile.Write(io, result.GetValue(output)!, WorkoutFile, result.GetValue(force), [], s => s.Write(bytes)) ? 0 : 1;
        });
        return export;
    }

    private static bool TryPlan(CliOutput io, WorkoutArguments options, ParseResult result, out WorkoutPlan plan, out WorkoutSettings settings)
    {
        plan = null!;
        if (!options.TryResolve(result, new WorkoutSettings { Workout = "10k" }, out settings, out var error) || !settings.TryToPlan(out var made, out error))
        {
            io.Error.WriteLine($"error: {error}");
            return false;
        }
        plan = made!;
        return true;
    }

    /// <summary>One line per step, then the totals; distances of timed steps are not guessed. Reps keep their metres; targets are per <paramref name="units"/>.</summary>
    public static string Table(WorkoutPlan plan, DistanceUnit units = DistanceUnit.Kilometres)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(plan.Name);
        text.AppendLine($"{"#",3}  {"step",-26} {"length",-9} target");
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var s = plan.Steps[i];
            var length = s.Duration is { } d ? DurationText.Format(d) : $"{s.DistanceMetres:0.#} m";
            var target = s.Phase == Phase.Rep && s.TargetPace is { IsFinite: true } p
                ? $"{PaceText.Written(p, units)} ({s.TargetSplitSeconds:0.#} s)"
                : "";
            text.AppendLine($"{i + 1,3}  {FitWorkoutSteps.Name(s),-26} {length,-9} {target}".TrimEnd());
        }
        var runTime = plan.Steps.Sum(s => s.TargetSplitSeconds ?? 0);
        text.AppendLine($"total: {plan.Reps} reps, {plan.PlannedDistanceMetres:0} m of reps, {DurationText.Format(plan.TimedDuration)} of timed steps"
            + (runTime > 0 ? $", about {DurationText.Format(plan.TimedDuration + TimeSpan.FromSeconds(runTime))} in all at target pace" : ""));
        return text.ToString();
    }
}
