namespace CrmTui.Commands;

internal static class AttributeLifetimeExtensions
{
    public static string ToArgument(this AttributeLifetime lifetime) =>
        lifetime == AttributeLifetime.Reboot ? "reboot" : "forever";
}
