using System.Collections.Immutable;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Reads the <c>[[cluster]]</c> array of tables.</summary>
internal static class ClusterReader
{
    private static readonly string[] Keys =
        ["name", "hosts", "ssh_user", "ssh_port", "identity", "jump_host", "ssh_options", "sudo", "read_only", "theme", "safety_interval"];

    public static ImmutableArray<ClusterProfile> ReadAll(TomlKeyValue entry, ErrorSink errors, ConfigVocabulary vocabulary)
    {
        if (entry.Value is not TomlArray { IsArrayOfTables: true } array)
        {
            errors.Add(entry.Value.Position, entry.Value is TomlTable
                ? "'cluster' must be an array of tables: write [[cluster]] (two brackets), once per cluster"
                : $"'cluster' must be an array of tables written as [[cluster]], found {TableReader.Article(entry.Value.TypeName)}");
            return [];
        }
        var profiles = ImmutableArray.CreateBuilder<ClusterProfile>();
        var seen = new Dictionary<string, TomlPosition>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array.Items)
        {
            var table = (TomlTable)item;
            if (table.Find("name")?.Value is TomlString { Value.Length: > 0 } name)
            {
                if (seen.TryGetValue(name.Value, out var first))
                {
                    errors.Add(name.Position, $"duplicate cluster name '{name.Value}' (first used at {first}); names must be unique, ignoring case");
                }
                else
                {
                    seen.Add(name.Value, name.Position);
                }
            }
            if (Read(table, errors, vocabulary) is { } profile)
            {
                profiles.Add(profile);
            }
        }
        return profiles.ToImmutable();
    }

    private static ClusterProfile? Read(TomlTable table, ErrorSink errors, ConfigVocabulary vocabulary)
    {
        var before = errors.Count;
        var name = ReadName(table, errors);
        var reader = new TableReader(table, name is null ? "[[cluster]]" : $"cluster '{name}'", errors, Keys);

        var hosts = ReadHosts(reader);
        var user = reader.String("ssh_user");
        if (user is not null && HostNames.UserProblem(user.Value) is { } userProblem)
        {
            errors.Add(user.Position, $"'ssh_user' in {reader.Where} {userProblem}");
        }
        var port = reader.Integer("ssh_port");
        if (port is not null && port.Value is < 1 or > 65535)
        {
            errors.Add(port.Position, $"'ssh_port' in {reader.Where} must be between 1 and 65535, found {port.Value}");
        }
        var identity = reader.String("identity");
        if (identity is not null && (identity.Value.Length == 0 || identity.Value[0] == '-' || identity.Value.Any(char.IsControl)))
        {
            errors.Add(identity.Position, $"'identity' in {reader.Where} must be the path of a key file (not empty, no leading '-', no control characters)");
        }
        var jump = reader.String("jump_host");
        if (jump is not null && HostNames.Problem(jump.Value, allowUserAndPort: true) is { } jumpProblem)
        {
            errors.Add(jump.Position, $"'jump_host' in {reader.Where} '{jump.Value}' {jumpProblem}");
        }
        var options = SshOptions.Read(reader);
        var sudo = reader.Boolean("sudo");
        var readOnly = reader.Boolean("read_only");
        var theme = reader.String("theme");
        if (theme is not null)
        {
            ThemeNames.Check(theme, reader, vocabulary);
        }
        var safety = DefaultsReader.Interval(reader, "safety_interval", Defaults.MinimumRefresh);

        if (name is null || errors.Count != before)
        {
            return null;
        }
        return new ClusterProfile(
            name,
            hosts,
            SshUser: user?.Value,
            SshPort: port is null ? null : (int)port.Value,
            Identity: identity?.Value,
            JumpHost: jump?.Value,
            SshOptions: options,
            Sudo: sudo?.Value ?? false,
            ReadOnly: readOnly?.Value,
            Theme: theme?.Value,
            SafetyInterval: safety);
    }

    private static string? ReadName(TomlTable table, ErrorSink errors)
    {
        var entry = table.Find("name");
        if (entry is null)
        {
            errors.Add(table.Position, "[[cluster]] needs a 'name' (used by --cluster NAME)");
            return null;
        }
        if (entry.Value is not TomlString name)
        {
            errors.Add(entry.Value.Position, $"'name' in [[cluster]] must be a string, found {TableReader.Article(entry.Value.TypeName)}");
            return null;
        }
        if (name.Value.Length == 0 || name.Value[0] == '-' || !name.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            errors.Add(name.Position, $"cluster name '{name.Value}' may contain only letters, digits, '.', '_' and '-', and must not start with '-'");
            return null;
        }
        return name.Value;
    }

    private static ImmutableArray<string> ReadHosts(TableReader reader)
    {
        var hosts = reader.StringArray("hosts");
        if (hosts is null)
        {
            if (reader.Entry("hosts") is null)
            {
                reader.Errors.Add(reader.Position, $"{reader.Where} needs 'hosts', a list of node names or addresses in failover order");
            }
            return [];
        }
        if (hosts.Value.IsEmpty)
        {
            reader.Errors.Add(reader.Entry("hosts")!.Value.Position, $"'hosts' in {reader.Where} must list at least one host");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var host in hosts.Value)
        {
            if (HostNames.Problem(host.Value) is { } problem)
            {
                reader.Errors.Add(host.Position, $"host '{host.Value}' in {reader.Where} {problem}");
            }
            else if (!seen.Add(host.Value))
            {
                reader.Errors.Add(host.Position, $"host '{host.Value}' is listed twice in {reader.Where}");
            }
        }
        return [.. hosts.Value.Select(h => h.Value)];
    }
}
