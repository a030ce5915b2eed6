namespace PaceLink.Simulation.Runner;

/// <summary>Normally distributed draws from a seeded <see cref="Random"/> (Box-Muller), so runs repeat per seed.</summary>
internal static class Gaussian
{
    public static double Next(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: keeps the log finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
