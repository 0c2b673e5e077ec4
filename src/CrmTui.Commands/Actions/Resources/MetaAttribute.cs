namespace CrmTui.Commands.Actions.Resources;

/// <summary>Sets one meta attribute: <c>crm_resource --resource=R --meta --set-parameter=NAME --parameter-value=V</c>.</summary>
internal static class MetaAttribute
{
    public static Transport.CommandLine Set(string resource, string name, string value) => Tools.CrmResource()
        .Option("--resource", resource).Flag("--meta")
        .Option("--set-parameter", name).Option("--parameter-value", value).Build();
}
