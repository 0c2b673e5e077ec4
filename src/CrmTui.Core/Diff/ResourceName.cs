namespace CrmTui.Core.Diff;

internal static class ResourceName
{
    /// <summary><c>dummy1</c>, or <c>ms1/state1</c> for an instance of a clone.</summary>
    public static string Of(string resource, string? clone) => clone is null ? resource : clone + "/" + resource;
}
