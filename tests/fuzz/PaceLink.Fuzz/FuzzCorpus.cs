namespace PaceLink.Fuzz;

/// <summary>
/// tests/fuzz/corpus/&lt;target&gt;/: interesting inputs, replayed by the short pass in the test
/// suite and used as mutation seeds by the long runs. *.hex files hold hex digits (whitespace
/// ignored); anything else is taken byte for byte.
/// </summary>
public static class FuzzCorpus
{
    public static IReadOnlyList<byte[]> Load(string corpusRoot, string target)
    {
        var folder = Path.Combine(corpusRoot, target);
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(ReadInput)];
    }

    public static byte[] ReadInput(string path) => path.EndsWith(".hex", StringComparison.OrdinalIgnoreCase)
        ? Convert.FromHexString(string.Concat(File.ReadAllText(path).Where(char.IsAsciiHexDigit)))
        : File.ReadAllBytes(path);

    /// <summary>Walks up from <paramref name="start"/> to the folder holding tests/fuzz/corpus.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fuzz", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
