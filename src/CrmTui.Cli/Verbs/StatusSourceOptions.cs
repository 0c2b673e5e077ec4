using System.CommandLine;
using CrmTui.Cli.Verbs.Target;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// Where a status comes from, shared by <c>status</c> and <c>check</c>: the cluster
/// (<see cref="TargetOptions"/>) plus <c>--xml-file</c> and <c>--cib-file</c>.
/// </summary>
public sealed class StatusSourceOptions
{
    public TargetOptions Target { get; } = new();
    public Option<string?> XmlFile { get; } = new("--xml-file") { Description = "Read saved crm_mon XML (crm_mon --output-as=xml) from FILE" };
    public Option<string?> CibFile { get; } = new("--cib-file") { Description = "Run the local crm_mon on a CIB file (CIB_file=FILE)" };

    /// <summary>Accepted so that a script or profile can pass <c>--read-only</c> to every verb:
    /// these verbs only ever run crm_mon, so there is nothing for it to refuse.</summary>
    public Option<bool> ReadOnly { get; } = new("--read-only") { Description = "Accepted for symmetry with the action verbs: this verb only reads (crm_mon) and never changes anything" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(XmlFile);
        command.Options.Add(CibFile);
        command.Options.Add(ReadOnly);
        Target.AddTo(command);
        command.Validators.Add(result =>
        {
            // --cib-file with --host names a CIB file on the remote host; --xml-file is read here and excludes both.
            if (result.GetValue(XmlFile) is not null && (result.GetValue(CibFile) is not null || Target.HasHosts(result)))
                result.AddError("--xml-file reads a saved status: do not combine it with --cib-file or --host");
        });
    }

    public StatusRequest Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new StatusRequest
        {
            XmlFile = parseResult.GetValue(XmlFile),
            CibFile = parseResult.GetValue(CibFile),
            Target = Target.Read(parseResult),
        };
    }
}
