using System.Globalization;

namespace CrmTui.Core.Diff;

internal static class BanText
{
    public static string Weight(int weight) =>
        weight <= -1_000_000 ? "-INFINITY" : weight.ToString(CultureInfo.InvariantCulture);
}
