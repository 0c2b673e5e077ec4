using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Commands;

/// <summary>
/// Builds a <see cref="CommandLine"/> for a Pacemaker tool. Values always travel as
/// <c>--option=value</c> in one argv element: the tools (GLib option parsing) then take a value
/// that starts with '-' as the value, never as another option, and nothing is ever joined into a
/// shell string.
/// </summary>
public sealed class Argv
{
    private readonly ImmutableArray<string>.Builder _words = ImmutableArray.CreateBuilder<string>();
    private TimeSpan _timeout = CommandLine.DefaultTimeout;

    private Argv(string program) => _words.Add(program);

    public static Argv For(string program) => new(program);

    /// <summary>A bare flag such as <c>--cleanup</c>.</summary>
    public Argv Flag(string flag)
    {
        _words.Add(flag);
        return this;
    }

    /// <summary>A flag only when <paramref name="condition"/> holds.</summary>
    public Argv FlagIf(bool condition, string flag) => condition ? Flag(flag) : this;

    /// <summary>An option with its value in the same element: <c>--resource=vip</c>.</summary>
    public Argv Option(string option, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _words.Add($"{option}={value}");
        return this;
    }

    /// <summary>An option only when <paramref name="value"/> is not null.</summary>
    public Argv OptionIf(string option, string? value) => value is null ? this : Option(option, value);

    public Argv Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    public CommandLine Build() => new CommandLine(_words.ToImmutable()).WithTimeout(_timeout);
}
