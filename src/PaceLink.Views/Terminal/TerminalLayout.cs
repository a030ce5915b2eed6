using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using Spectre.Console;
using Spectre.Console.Rendering;
using PaceLink.Core.Text;
using PaceLink.Service.Sessions;

namespace PaceLink.Views.Terminal;

/// <summary>Draws a <see cref="TerminalState"/>: phase, set and rep, rep distance bar, pace against target, heart rate, a big countdown, the reps so far.</summary>
internal static class TerminalLayout
{
    private const int BarWidth = 40;
    private const int MaxTableRows = 8;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The whole screen for <paramref name="state"/>.</summary>
    public static IRenderable Render(TerminalState state)
    {
        var s = state.Snapshot;
        var rows = new List<IRenderable>
        {
            new FigletText(BigText(state)).Color(s?.OffPace is null ? Color.Green : Color.Red),
            new Markup(PhaseLine(s, state.Start?.Plan)),
        };
        if (s is { RepTargetMetres: { } target }) rows.Add(new Markup(DistanceBar(s.RepDistanceMetres, target)));
        rows.Add(new Markup(PaceLine(s, state.Start?.Settings.Units ?? DistanceUnit.Kilometres)));
        rows.Add(new Markup(s?.HeartRate is { } hr ? $"[red]♥[/] {hr} bpm" : "[grey]♥ --[/]"));
        foreach (var line in state.Recent) rows.Add(new Markup($"[grey]{Markup.Escape(line)}[/]"));
        if (state.Reps.Count > 0) rows.Add(RepTable(state.Reps));
        var title = state.Start is { } start ? $"PaceLink · {Markup.Escape(start.Plan.Name)} · {Clock.Stopwatch(s?.At ?? TimeSpan.Zero)}" : "PaceLink";
        return new Panel(new Rows(rows)) { Header = new PanelHeader(title), Border = BoxBorder.Rounded, Expand = true };
    }

    /// <summary>The number a runner glances at: countdown seconds, time left in a timed phase, or metres into a rep.</summary>
    public static string BigText(TerminalState state)
    {
        var s = state.Snapshot;
        if (state.Countdown is { } c) return c.ToString(C);
        if (s is null) return "ready";
        if (s.Done) return "done";
        if (s.PhaseRemaining is { } left) return Clock.Stopwatch(left);
        return string.Create(C, $"{s.RepDistanceMetres:0} m");
    }

    private static string PhaseLine(CoachingSnapshot? s, WorkoutPlan? plan)
    {
        int RepsIn(int set) => plan?.Steps.Count(p => p.Phase == Phase.Rep && p.Set == set) ?? 0;
        // A break names the rep the runner is getting ready for, as the dashboard and the status line do.
        var next = plan is not null && s is not null && s.StepIndex + 1 < plan.Steps.Count && plan.Steps[s.StepIndex + 1] is { Phase: Phase.Rep } n
            ? StepText.Next(Phase.Rep, n.Set, n.Rep, RepsIn(n.Set))
            : null;
        return s switch
        {
            null => "[grey]waiting for the start[/]",
            { Phase: Phase.Rep } => $"[bold]REP[/]  set {s.Set} of {plan?.Sets ?? 0} · rep {s.Rep} of {RepsIn(s.Set)}",
            { Phase: Phase.Rest } => $"[bold]REST[/]  {next ?? $"after set {s.Set} rep {s.Rep}"}",
            { Phase: Phase.SetRest } => $"[bold]SET REST[/]  set {s.Set} done" + (next is null ? "" : $" · {next}"),
            { Paused: true } => $"[yellow]PAUSED[/] {s.Phase.ToJson()}",
            _ => $"[bold]{s.Phase.ToJson().ToUpperInvariant()}[/]",
        };
    }

    private static string DistanceBar(double metres, double target)
    {
        var filled = (int)Math.Round(Math.Clamp(metres / target, 0, 1) * BarWidth);
        // Both numbers, labelled, as the dashboard shows them: the runner counts down, the coach up.
        return string.Create(C, $"[green]{new string('█', filled)}[/][grey]{new string('░', BarWidth - filled)}[/] {metres:0} of {target:0} m done · [bold]{Math.Max(0, target - metres):0} m to go[/]");
    }

    private static string PaceLine(CoachingSnapshot? s, DistanceUnit unit)
    {
        if (s is null) return "";
        var pace = s.CurrentPace is { IsFinite: true } p ? PaceText.Bare(p, unit) : "--:--";
        var colour = s.OffPace switch { PaceDirection.Slow => "red", PaceDirection.Fast => "yellow", _ => "green" };
        var line = $"pace [{colour}]{pace}{PaceText.Per(unit)}[/]";
        if (s.TargetPace is { } t) line += $"  target {PaceText.Written(t, unit)}";
        if (s.ProjectedSplitSeconds is { } proj) line += $"  heading for {Clock.Split(proj)}";
        if (s.TargetSplitSeconds is { } ts) line += $" of {Clock.Split(ts)}";
        return line;
    }

    private static Table RepTable(IReadOnlyList<RepRow> reps)
    {
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumns("Set", "Rep", "Split", "Target", "±", "avg HR");
        // The latest reps: a half-marathon session has twelve.
        foreach (var r in reps.TakeLast(MaxTableRows))
        {
            var delta = r.TargetSplitSeconds is { } t ? Clock.Signed(r.SplitSeconds - t, "") : "";
            table.AddRow(r.Set.ToString(C), r.Rep.ToString(C), Clock.Split(r.SplitSeconds),
                r.TargetSplitSeconds is { } target ? Clock.Split(target) : "", delta, r.AverageHeartRate?.ToString(C) ?? "");
        }
        return table;
    }
}
