using System.Diagnostics;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// Validates XML with libxml2's xmllint against Garmin's published TrainingCenterDatabase v2 schema
/// (tests/tcx-schema/fetch.sh takes it from Debian's pytrainer package; .ci/run runs it).
/// Returns xmllint's exit code and messages; a missing tool or schema fails with how to get it.
/// </summary>
public static class Xmllint
{
    public static (int Exit, string Messages) ValidateTcx(byte[] xml)
    {
        var schema = Path.Combine(GarminFitSdk.RepositoryRoot(), "tests", "tcx-schema", "GarminTrainingCenterDatabase_v2.xsd");
        if (!File.Exists(schema))
            throw new InvalidOperationException($"Garmin's TCX schema is missing: run tests/tcx-schema/fetch.sh (.ci/run does).");
        using var folder = new TempFolder("xmllint");
        var path = folder.File("input.tcx");
        File.WriteAllBytes(path, xml);
        Process lint;
        try { lint = Process.Start(new ProcessStartInfo("xmllint", ["--noout", "--schema", schema, path]) { RedirectStandardError = true, RedirectStandardOutput = true })!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("xmllint is not installed: apt-get install libxml2-utils (.ci/run does).", e);
        }
        using (lint)
        {
            var output = lint.StandardOutput.ReadToEndAsync();
            var errors = lint.StandardError.ReadToEnd();
            lint.WaitForExit();
            return (lint.ExitCode, errors + output.Result);
        }
    }
}
