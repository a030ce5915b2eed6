namespace PaceLink.Service.Hosting;

/// <summary>One problem found in the configuration: the key as a user writes it and a sentence saying what to do.</summary>
public sealed record ConfigError(string Key, string Message)
{
    public override string ToString() => $"{Key}: {Message}";
}

/// <summary>The service cannot start because of its configuration. <see cref="Errors"/> lists every problem found.</summary>
public sealed class ServiceConfigurationException(IReadOnlyList<ConfigError> errors)
    : Exception("PaceLink cannot start: " + string.Join("; ", errors))
{
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
