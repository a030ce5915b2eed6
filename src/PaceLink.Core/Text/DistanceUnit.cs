namespace PaceLink.Core.Text;

/// <summary>The unit a runner reads paces and distances in.</summary>
public enum DistanceUnit
{
    Kilometres,
    Miles,
}
