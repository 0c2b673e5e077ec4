namespace CrmTui.Commands;

/// <summary>
/// The Pacemaker tools the actions use (Pacemaker 2.1.5 option names, checked against each
/// tool's <c>--help-all</c>). The three that have <c>--output-as=xml</c> get it, so a failure's
/// reason can be read from <c>&lt;status&gt;&lt;errors&gt;</c>; crm_ticket has no such option.
/// </summary>
internal static class Tools
{
    public static Argv CrmAttribute() => Argv.For("crm_attribute").Flag("--output-as=xml");

    public static Argv CrmResource() => Argv.For("crm_resource").Flag("--output-as=xml");

    public static Argv StonithAdmin() => Argv.For("stonith_admin").Flag("--output-as=xml");

    public static Argv CrmTicket() => Argv.For("crm_ticket");
}
