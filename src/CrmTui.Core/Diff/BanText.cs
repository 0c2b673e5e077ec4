using System.Globalization;

namespace CrmTui.Core.Diff;

/// <summary>A ban's score as crm_mon prints it (<c>-INFINITY</c> at or below -1000000).</summary>
public static class BanText
{
    public static string Weight(int weight) =>
        weight <= -1_000_000 ? "-INFINITY" : weight.ToString(CultureInfo.InvariantCulture);
}
