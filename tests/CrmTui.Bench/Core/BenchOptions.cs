using System.Globalization;

namespace CrmTui.Bench.Core;

/// <summary>Options of the <c>core</c> bench command.</summary>
internal sealed record BenchOptions(int Runs, int Nodes, int Groups, int Solos, int Clones, string? Keep, string? Cib = null)
{
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(15, 16, 100, 300, 60, null);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep" && i + 1 < args.Length)
            {
                options = options with { Keep = Path.GetFullPath(args[++i]) };
                continue;
            }

            if (args[i] == "--cib" && i + 1 < args.Length)
            {
                options = options with { Cib = Path.GetFullPath(args[++i]) };
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return null;
            }

            options = args[i] switch
            {
                "--runs" => options with { Runs = n },
                "--nodes" when n >= 4 => options with { Nodes = n },
                "--groups" => options with { Groups = n },
                "--solos" when n >= 2 => options with { Solos = n },
                "--clones" => options with { Clones = n },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        return options;
    }
}
