using System.Globalization;

namespace CrmTui.Bench.Status;

/// <summary>Options of the <c>status-once</c> bench command.</summary>
/// <remarks><c>--crmtui</c> may be given more than once (e.g. the shipped build and a candidate):
/// every build is one more contender in the same interleaved rounds, and the first is compared
/// with crm_mon and pcs.</remarks>
internal sealed record StatusBenchOptions(int Runs, int Warmup, string Lab, IReadOnlyList<string> Crmtui, bool SkipCrmsh, bool SkipPcs)
{
    public const string Usage =
        "usage: status-once [--lab NAME] [--runs N] [--warmup N] [--crmtui PATH]… [--no-pcs] [--no-crmsh]";

    public static StatusBenchOptions? Parse(string[] args)
    {
        var options = new StatusBenchOptions(15, 2, "live", [], false, false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--no-pcs":
                    options = options with { SkipPcs = true };
                    continue;
                case "--no-crmsh":
                    options = options with { SkipCrmsh = true };
                    continue;
            }
            if (i + 1 >= args.Length)
                return null;
            var value = args[++i];
            switch (args[i - 1])
            {
                case "--lab":
                    options = options with { Lab = value };
                    break;
                case "--crmtui":
                    options = options with { Crmtui = [.. options.Crmtui, Path.GetFullPath(value)] };
                    break;
                case "--runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs >= 3:
                    options = options with { Runs = runs };
                    break;
                case "--warmup" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var warmup):
                    options = options with { Warmup = warmup };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }
}
