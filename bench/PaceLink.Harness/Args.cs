using System.Globalization;

namespace PaceLink.Harness;

/// <summary>`--name value` options with defaults; unknown names are an error so a typo is not a silent default.</summary>
internal sealed class Args(string[] args)
{
    private readonly HashSet<string> _used = [];

    public double Number(string name, double fallback)
    {
        _used.Add(name);
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public string? Text(string name)
    {
        _used.Add(name);
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Throws when an option was given that the measurement does not read.</summary>
    public void CheckAllKnown()
    {
        foreach (var a in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
            if (!_used.Contains(a[2..])) throw new ArgumentException($"unknown option {a}");
    }
}
