using System.Collections.Immutable;

namespace CrmTui.Transport;

/// <summary>
/// One command to run: an argv array (never a shell string), plus the per-call timeout, extra
/// environment variables (e.g. <c>CIB_file</c>) and optional standard input.
/// </summary>
public sealed record CommandLine(ImmutableArray<string> Argv)
{
    /// <summary>Default per-call timeout when the caller sets none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Extra environment variables for the command (added to, not replacing, the inherited ones).</summary>
    public ImmutableSortedDictionary<string, string> Environment { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Text written to the command's standard input, then closed; null for no input.</summary>
    public string? StandardInput { get; init; }

    /// <summary>
    /// This exact command is run again and again (a status poll or a change probe). A runner may
    /// then keep one remote session open for it and answer later runs from that session instead of
    /// starting a new process each time (the ssh runner does, see <see cref="RemoteCommandSession"/>);
    /// the result is the same either way. Ignored for a command with <see cref="StandardInput"/>.
    /// </summary>
    public bool Repeats { get; init; }

    /// <summary>The executable: the first argv element.</summary>
    public string Program => Argv.IsDefaultOrEmpty ? "" : Argv[0];

    public static CommandLine Of(params string[] argv)
    {
        if (argv.Length == 0)
            throw new ArgumentException("a command needs at least the program name", nameof(argv));
        return new CommandLine(ImmutableArray.Create(argv));
    }

    public CommandLine WithTimeout(TimeSpan timeout) => this with { Timeout = timeout };

    public CommandLine WithEnvironment(string name, string value) =>
        this with { Environment = Environment.SetItem(name, value) };
}
