using System.Security.Cryptography;

namespace PaceLink.Service.Security;

/// <summary>
/// The API token: 32 random bytes, base64url, created on first use and kept in a file only its
/// owner can read (0600 on Unix; under the user's profile on Windows).
/// </summary>
public static class TokenStore
{
    /// <summary>Reads the token at <paramref name="path"/>, creating it when missing.</summary>
    public static string LoadOrCreate(string path)
    {
        if (TryRead(path) is { } existing) return existing;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(token);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it between our check and our write: theirs wins.
            return TryRead(path) ?? throw new IOException($"token file '{path}' is empty");
        }
        return token;
    }

    /// <summary>The token in <paramref name="path"/>, or null when there is none.</summary>
    public static string? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right.</summary>
    public static bool Matches(string expected, string? presented)
    {
        if (presented is null) return false;
        var a = System.Text.Encoding.UTF8.GetBytes(expected);
        var b = System.Text.Encoding.UTF8.GetBytes(presented);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
