using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Commands.Incident;

/// <summary>
/// What a snapshot bundle holds and the command behind each part (flags checked against the
/// Pacemaker 2.1.5 and Corosync 3.1.7 tools' <c>--help</c>). <c>stonith_admin --history=*</c>
/// alone shows only the last success per node; <c>--verbose</c> adds every recorded and pending
/// operation, which is what a post-mortem needs.
/// </summary>
public static class IncidentCommands
{
    /// <param name="crmMon">The status command (with its timeout, and <c>CIB_file</c> when a CIB file is named: the CIB query then reads the same file).</param>
    public static ImmutableArray<(string Name, string File, CommandLine Command)> For(CommandLine crmMon)
    {
        ArgumentNullException.ThrowIfNull(crmMon);
        var timeout = crmMon.Timeout;
        CommandLine Cmd(params string[] argv) => CommandLine.Of(argv).WithTimeout(timeout);
        var cib = Cmd("cibadmin", "--query");
        if (crmMon.Environment.TryGetValue("CIB_file", out var file))
            cib = cib.WithEnvironment("CIB_file", file);
        return
        [
            ("crm_mon", "crm_mon.xml", crmMon),
            ("cib", "cib.xml", cib),
            ("fence-history", "fence-history.xml", Cmd("stonith_admin", "--history=*", "--verbose", "--output-as=xml")),
            ("corosync-cfgtool", "corosync-cfgtool.txt", Cmd("corosync-cfgtool", "-s")),
            ("corosync-quorumtool", "corosync-quorumtool.txt", Cmd("corosync-quorumtool", "-s")),
            ("pacemaker-version", "pacemaker-version.txt", Cmd("pacemakerd", "--version")),
            ("corosync-version", "corosync-version.txt", Cmd("corosync", "-v")),
        ];
    }
}
