using System.Collections.Immutable;

namespace CrmTui.Demo.Simulation;

/// <summary>Reads a Pacemaker tool's argv the way its option parser would: <c>--name=value</c> or <c>--name value</c>.</summary>
public static class ArgvReader
{
    public static bool Has(ImmutableArray<string> argv, string flag) =>
        argv.Skip(1).Any(a => a == flag || a.StartsWith(flag + "=", StringComparison.Ordinal));

    public static string? Value(ImmutableArray<string> argv, string option)
    {
        for (var i = 1; i < argv.Length; i++)
        {
            if (argv[i].StartsWith(option + "=", StringComparison.Ordinal))
                return argv[i][(option.Length + 1)..];
            if (argv[i] == option && i + 1 < argv.Length)
                return argv[i + 1];
        }
        return null;
    }
}
