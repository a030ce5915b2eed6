using PaceLink.Core.Review;
using PaceLink.Core.Text;
using Spectre.Console;
using static PaceLink.Service.Reports.ReviewFormat;
using PaceLink.Service.Reports;

namespace PaceLink.Views.Reports;

/// <summary>
/// The review as tables for a terminal: reps, rests, recovery and totals. Written through an
/// <see cref="IAnsiConsole"/>, so redirected output gets the same tables without colour codes.
/// </summary>
public static class ReviewTables
{
    /// <summary>The tables, paces and the total distance in <paramref name="unit"/>.</summary>
    public static void Render(IAnsiConsole console, SessionReview review, string workout, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(ReviewMarks.Title(review, workout, unit))}[/]").LeftJustified());
        if (review.Reps.Count == 0)
        {
            console.WriteLine(ReviewMarks.NoReps);
            console.Write(Totals(review.Totals, unit));
            console.WriteLine();
            return;
        }
        console.Write(Reps(review, unit));
        console.Write(Rests(review));
        console.Write(Recovery(review.Recovery));
        console.Write(RecoveryBySet(review.Recovery));
        console.Write(Totals(review.Totals, unit));
        console.WriteLine();
    }

    private static Table Reps(SessionReview review, DistanceUnit unit)
    {
        var table = NewTable("Reps", "Set", "Rep", "Split", "Pace " + PaceText.Per(unit), "vs target", "vs target %", "HR avg", "HR max", "Cadence", "Stride");
        foreach (var r in review.Reps)
        {
            var deviation = r.DeviationSeconds is { } d ? Colour(Signed(d, " s"), d) : "-";
            var percent = r.DeviationPercent is { } p ? Colour(Signed(p, " %"), p) : "-";
            table.AddRow(r.Set.ToString(), r.Rep.ToString(), Split(r.SplitSeconds) + (r.EndedByLap ? " (lap)" : ""), Pace(r.AveragePaceSecondsPerKm, unit),
                deviation, percent, Number(r.AverageHeartRate), Number(r.MaxHeartRate), Number(r.AverageCadence), Number(r.AverageStrideMetres, "0.00"));
        }
        return table;
    }

    private static Table Rests(SessionReview review)
    {
        var table = NewTable("Rests", "Set", "After rep", "Kind", "Duration", "HR start", "HR end", "Drop");
        foreach (var r in review.Rests)
            table.AddRow(r.Set.ToString(), r.AfterRep.ToString(), RestKind(r.Kind), Duration(r.DurationSeconds),
                Number(r.HeartRateAtStart), Number(r.HeartRateAtEnd), Number(r.HeartRateDrop));
        return table;
    }

    private static Table Recovery(RecoveryTrend trend)
    {
        var table = NewTable("Recovery as rests shrink", "Rest", "Rests", "Avg drop (bpm)");
        foreach (var r in trend.ByRest)
            table.AddRow($"{Duration(r.TypicalSeconds)} after rep {r.AfterRep}", r.Count.ToString(), Number(r.AverageDrop, "0.0"));
        return table;
    }

    private static Table RecoveryBySet(RecoveryTrend trend)
    {
        var table = NewTable("Recovery across sets", "Set", "Avg drop in set (bpm)", "Set rest drop (bpm)");
        foreach (var s in trend.BySet)
            table.AddRow(s.Set.ToString(), Number(s.AverageDropInSet, "0.0"), Number(s.SetRestDrop));
        return table;
    }

    private static Table Totals(SessionTotals t, DistanceUnit unit)
    {
        var table = NewTable("Totals", "Distance", "Time", "Reps", "Avg split", "Best / worst", "Spread (sd)", "Variation");
        table.AddRow(Distance(t.DistanceMetres, unit), Duration(t.DurationSeconds), t.RepCount.ToString(), Split(t.AverageSplitSeconds),
            $"{Split(t.FastestSplitSeconds)} / {Split(t.SlowestSplitSeconds)}", Number(t.SplitSpreadSeconds, "0.00", " s"), Number(t.SplitVariationPercent, "0.0", " %"));
        return table;
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var c in columns) table.AddColumn(new TableColumn(c).RightAligned());
        return table;
    }

    /// <summary>Slow in red, fast in blue, on target plain: only the colour changes, the text stays.</summary>
    private static string Colour(string text, double deviation) => ReviewMarks.Verdict(deviation) switch
    {
        "slow" => $"[red]{Markup.Escape(text)}[/]",
        "fast" => $"[blue]{Markup.Escape(text)}[/]",
        _ => Markup.Escape(text),
    };
}
