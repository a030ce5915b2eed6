using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using YamlDotNet.RepresentationModel;

namespace PaceLink.Core.Workout;

/// <summary>Walks the YAML tree of a workout file into steps, numbering sets and reps as it goes.</summary>
internal sealed class WorkoutFileReader(Pace? defaultPace, double? defaultTolerance)
{
    private static readonly string[] TopKeys = ["name", "target_pace", "tolerance", "steps"];
    private static readonly string[] StepKeys = ["phase", "time", "distance", "target_pace", "tolerance"];
    private static readonly string[] RepeatKeys = ["repeat", "steps"];

    private readonly List<WorkoutStep> _steps = [];
    private Pace? _pace = defaultPace;
    private double? _tolerance = defaultTolerance;
    private int _set;
    private int _rep;

    public WorkoutPlan Read(YamlNode root)
    {
        var top = root as YamlMappingNode ?? throw WorkoutFileException.At(root, "the file must be a mapping with 'steps' (and optionally name, target_pace, tolerance)");
        CheckKeys(top, TopKeys);
        var name = Scalar(top, "name") ?? "";
        if (Child(top, "target_pace") is { } p) _pace = ParsePace(p);
        if (Child(top, "tolerance") is { } t) _tolerance = ParseTolerance(t);
        var steps = Child(top, "steps") ?? throw WorkoutFileException.At(top, "'steps' is missing: list the warm-up, reps, rests and cool-down");
        ReadSteps(steps, depth: 0);
        if (_steps.Count == 0) throw WorkoutFileException.At(steps, "'steps' is empty");
        return new WorkoutPlan(name, _steps.ToList());
    }

    private void ReadSteps(YamlNode node, int depth)
    {
        var list = node as YamlSequenceNode ?? throw WorkoutFileException.At(node, "'steps' must be a list (each item starting with '-')");
        foreach (var item in list.Children)
        {
            var map = item as YamlMappingNode ?? throw WorkoutFileException.At(item, "a step must be a mapping like 'phase: rep' with 'distance' or 'time'");
            if (Child(map, "repeat") is not null) ReadRepeat(map, depth);
            else ReadStep(map);
        }
    }

    private void ReadRepeat(YamlMappingNode map, int depth)
    {
        CheckKeys(map, RepeatKeys);
        var countNode = Child(map, "repeat")!;
        if (!int.TryParse(ScalarText(countNode), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100)
            throw WorkoutFileException.At(countNode, "'repeat' must be a whole number from 1 to 100");
        var body = Child(map, "steps") ?? throw WorkoutFileException.At(map, "'repeat' needs 'steps' to repeat");
        for (var i = 0; i < count; i++)
        {
            // A top-level repeat is a set per round: reps are numbered afresh inside each.
            if (depth == 0) { _set++; _rep = 0; }
            ReadSteps(body, depth + 1);
        }
    }

    private void ReadStep(YamlMappingNode map)
    {
        CheckKeys(map, StepKeys);
        var phaseNode = Child(map, "phase") ?? throw WorkoutFileException.At(map, "the step has no 'phase' (warmup, rep, rest, set_rest or cooldown)");
        if (!PhaseNames.TryParse(ScalarText(phaseNode), out var phase) || phase == Phase.Done)
            throw WorkoutFileException.At(phaseNode, $"unknown phase '{ScalarText(phaseNode)}'; use warmup, rep, rest, set_rest or cooldown");
        var timeNode = Child(map, "time");
        var distanceNode = Child(map, "distance");
        if ((timeNode is null) == (distanceNode is null))
            throw WorkoutFileException.At(map, "a step needs either 'time' (like 90s or 3m) or 'distance' (like 400m or 1km), not both");
        var pace = Child(map, "target_pace") is { } p ? ParsePace(p) : phase == Phase.Rep ? _pace : null;
        var tolerance = Child(map, "tolerance") is { } t ? ParseTolerance(t) : _tolerance;
        var (set, rep) = Number(phase);
        var step = timeNode is not null
            ? WorkoutStep.Timed(phase, ParseTime(timeNode), set, rep, pace, tolerance)
            : WorkoutStep.Distance(phase, ParseDistance(distanceNode!), set, rep, pace, tolerance);
        if (_steps.Count >= WorkoutFile.MaxSteps)
            throw WorkoutFileException.At(map, $"the workout expands to more than {WorkoutFile.MaxSteps} steps; check the repeat counts");
        _steps.Add(step);
    }

    private (int Set, int Rep) Number(Phase phase)
    {
        switch (phase)
        {
            case Phase.Rep:
                if (_set == 0) _set = 1;
                return (_set, ++_rep);
            case Phase.Rest:
                return (_set, _rep);
            case Phase.SetRest:
                return (_set, 0);
            default:
                return (0, 0);
        }
    }

    private static TimeSpan ParseTime(YamlNode node)
    {
        var text = ScalarText(node);
        if (DurationText.TryParse(text, out var d, out var e) && d > TimeSpan.Zero && d <= TimeSpan.FromHours(3)) return d;
        throw WorkoutFileException.At(node, e.Length > 0 ? $"'time': {e}" : "'time' must be more than 0s and at most 3h");
    }

    private static double ParseDistance(YamlNode node)
    {
        var text = ScalarText(node).Trim().ToLowerInvariant();
        var (number, factor) = text.EndsWith("km", StringComparison.Ordinal) ? (text[..^2], 1000.0)
            : text.EndsWith("mi", StringComparison.Ordinal) ? (text[..^2], Pace.MetresPerMile)
            : text.EndsWith('m') ? (text[..^1], 1.0)
            : (text, 1.0);
        if (double.TryParse(number.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v * factor is > 0 and <= 50_000)
            return v * factor;
        throw WorkoutFileException.At(node, $"'distance': '{ScalarText(node)}' is not a distance; write metres like 400, 400m, 1.5km or 1mi");
    }

    private static Pace ParsePace(YamlNode node)
    {
        if (Pace.TryParse(ScalarText(node), out var pace, out var e)) return pace;
        throw WorkoutFileException.At(node, $"'target_pace': {e} (quote it in YAML: \"4:00\")");
    }

    private static double ParseTolerance(YamlNode node)
    {
        if (WorkoutSettingsParser.TryFraction(ScalarText(node), out var v) && v is >= 0.005 and <= 0.25) return v;
        throw WorkoutFileException.At(node, $"'tolerance': '{ScalarText(node)}' must be between 0.5% and 25% (like 3% or 0.03)");
    }

    private static void CheckKeys(YamlMappingNode map, string[] allowed)
    {
        foreach (var key in map.Children.Keys)
            if (!allowed.Contains(ScalarText(key)))
                throw WorkoutFileException.At(key, $"unknown key '{ScalarText(key)}'; expected one of {string.Join(", ", allowed)}");
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) is { } n ? ScalarText(n) : null;

    private static string ScalarText(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw WorkoutFileException.At(node, "expected a single value here, not a list or mapping");
}
