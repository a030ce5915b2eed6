using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaceLink.Core.Workout;

/// <summary>
/// Workout files in YAML or JSON (JSON is read as YAML, so both report lines the same way):
/// <code>
/// name: 5 x 1 km
/// target_pace: "4:00"      # default for reps; steps may override
/// tolerance: 3%
/// steps:
///   - phase: warmup
///     time: 15m
///   - repeat: 5            # a top-level repeat is a set per round
///     steps:
///       - phase: rep
///         distance: 1km    # number = metres, or 400m, 1.5km, 1mi
///         target_pace: "3:55"
///       - phase: rest
///         time: 2m
///   - phase: cooldown
///     time: 10m
/// </code>
/// </summary>
public static class WorkoutFile
{
    /// <summary>Most steps a file may expand to: stops a repeat typo from building a day-long workout.</summary>
    public const int MaxSteps = 500;

    /// <summary>Parses a file's text. Reps without their own pace use <paramref name="defaultPace"/>.</summary>
    public static bool TryParse(string text, Pace? defaultPace, double? defaultTolerance, out WorkoutPlan plan, out WorkoutFileError error)
    {
        plan = new WorkoutPlan("", []);
        error = default;
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            // JSON allows tabs between tokens where YAML does not; outside strings they are only spacing.
            stream.Load(new StringReader(LooksLikeJson(text) ? text.Replace('\t', ' ') : text));
            if (stream.Documents.Count == 0)
            {
                error = new WorkoutFileError(0, "the file is empty");
                return false;
            }
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            error = new WorkoutFileError((int)e.Start.Line, $"not valid YAML or JSON: {FirstSentence(e.Message)}");
            return false;
        }
        try
        {
            plan = new WorkoutFileReader(defaultPace, defaultTolerance).Read(root);
            return true;
        }
        catch (WorkoutFileException e)
        {
            error = e.Error;
            return false;
        }
    }

    /// <summary>Like <see cref="TryParse"/>; throws <see cref="FormatException"/> with "line N: reason".</summary>
    public static WorkoutPlan Parse(string text, Pace? defaultPace = null, double? defaultTolerance = null) =>
        TryParse(text, defaultPace, defaultTolerance, out var plan, out var error) ? plan : throw new FormatException(error.ToString());

    private static bool LooksLikeJson(string text) => text.TrimStart().StartsWith('{');

    private static string FirstSentence(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the line is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}

/// <summary>A problem at a line of a workout file; only used inside the reader to unwind to the caller.</summary>
internal sealed class WorkoutFileException(WorkoutFileError error) : Exception(error.ToString())
{
    public WorkoutFileError Error { get; } = error;

    public static WorkoutFileException At(YamlNode node, string reason) => new(new WorkoutFileError((int)node.Start.Line, reason));
}
