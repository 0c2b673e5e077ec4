namespace CrmTui.Config.Loading;

/// <summary>Keys that look like they hold a secret. Secrets never belong in this file.</summary>
internal static class SecretKeys
{
    private static readonly string[] Markers =
        ["password", "passwd", "passphrase", "secret", "token", "credential", "api_key", "apikey", "private_key"];

    public const string Explanation =
        "secrets do not belong in the configuration file: crmtui never sends a password; " +
        "authentication is ssh's job (use ssh-agent, or 'identity' with the path of a key file)";

    public static bool LooksSecret(string key)
    {
        var lower = key.ToLowerInvariant().Replace('-', '_');
        return Markers.Any(lower.Contains);
    }
}
