using System.CommandLine;
using CrmTui.Cli.Output;
using CrmTui.Core.Health;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui check</c>: a Nagios/Icinga plugin. One line on stdout, exit 0 OK, 1 WARNING,
/// 2 CRITICAL, 3 UNKNOWN (no status could be had). The verdict is <see cref="HealthEvaluator"/>'s.
/// </summary>
public static class CheckVerb
{
    public static Command Create(Func<StatusRequest, ICommandRunner>? runnerFactory = null)
    {
        var source = new StatusSourceOptions();
        var command = new Command("check", "Nagios/Icinga plugin: one status line with perfdata; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN");
        source.AddTo(command);
        var d = HealthThresholds.Default;
        var counts = new (string Name, string What, CountThreshold Default, Func<HealthThresholds, CountThreshold, HealthThresholds> Set)[]
        {
            ("failed-actions", "failed actions", d.FailedActions, (t, v) => t with { FailedActions = v }),
            ("stopped", "resources stopped against their target role", d.StoppedResources, (t, v) => t with { StoppedResources = v }),
            ("unclean", "unclean nodes", d.UncleanNodes, (t, v) => t with { UncleanNodes = v }),
            ("offline", "offline nodes", d.OfflineNodes, (t, v) => t with { OfflineNodes = v }),
            ("fencing-pending", "pending fencing actions", d.PendingFencing, (t, v) => t with { PendingFencing = v }),
            ("fencing-failed", "failed fencing actions", d.FailedFencing, (t, v) => t with { FailedFencing = v }),
        };
        var countOptions = new List<(Option<int> Warn, Option<int> Crit, Func<HealthThresholds, CountThreshold, HealthThresholds> Set)>();
        foreach (var (name, what, dflt, set) in counts)
        {
            var warn = new Option<int>($"--warn-{name}") { Description = $"WARNING at this many {what} (0: never; default {dflt.Warning})", DefaultValueFactory = _ => dflt.Warning };
            var crit = new Option<int>($"--crit-{name}") { Description = $"CRITICAL at this many {what} (0: never; default {dflt.Critical})", DefaultValueFactory = _ => dflt.Critical };
            command.Options.Add(warn);
            command.Options.Add(crit);
            countOptions.Add((warn, crit, set));
        }

        var levels = new (string Name, string What, HealthLevel Default, Func<HealthThresholds, HealthLevel, HealthThresholds> Set)[]
        {
            ("quorum-lost", "no DC or no quorum", d.QuorumLost, (t, v) => t with { QuorumLost = v }),
            ("maintenance", "maintenance-mode or node maintenance left on", d.Maintenance, (t, v) => t with { Maintenance = v }),
            ("stonith-disabled", "stonith-enabled=false", d.StonithDisabled, (t, v) => t with { StonithDisabled = v }),
        };
        var levelOptions = new List<(Option<string> Option, Func<HealthThresholds, HealthLevel, HealthThresholds> Set)>();
        foreach (var (name, what, dflt, set) in levels)
        {
            var option = new Option<string>($"--{name}")
            {
                Description = $"Level for {what}: ok, warning or critical (default {NagiosText.Word(dflt).ToLowerInvariant()})",
                DefaultValueFactory = _ => NagiosText.Word(dflt).ToLowerInvariant(),
            };
            option.AcceptOnlyFromAmong("ok", "warning", "critical");
            command.Options.Add(option);
            levelOptions.Add((option, set));
        }

        command.Validators.Add(result =>
        {
            foreach (var (warn, crit, _) in countOptions)
            {
                if (result.GetValue(warn) < 0 || result.GetValue(crit) < 0)
                {
                    result.AddError($"{warn.Name} and {crit.Name} must be 0 or more");
                }
            }
        });

        var fetcher = new StatusFetcher(runnerFactory);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var thresholds = HealthThresholds.Default;
            foreach (var (warn, crit, set) in countOptions)
            {
                thresholds = set(thresholds, new CountThreshold(parseResult.GetValue(warn), parseResult.GetValue(crit)));
            }

            foreach (var (option, set) in levelOptions)
            {
                thresholds = set(thresholds, parseResult.GetValue(option) switch
                {
                    "ok" => HealthLevel.Ok,
                    "warning" => HealthLevel.Warning,
                    _ => HealthLevel.Critical,
                });
            }

            var stdout = parseResult.InvocationConfiguration.Output;
            var fetch = await fetcher.FetchAsync(source.Read(parseResult), cancellationToken).ConfigureAwait(false);
            if (!fetch.Succeeded)
            {
                await stdout.WriteLineAsync(NagiosText.Unknown(fetch.Error ?? "no status")).ConfigureAwait(false);
                return (int)HealthLevel.Unknown;
            }

            if (fetch.FailoverNote is { } note)
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(note).ConfigureAwait(false);
            var report = HealthEvaluator.Evaluate(fetch.Snapshot!, thresholds);
            await stdout.WriteLineAsync(NagiosText.Line(report)).ConfigureAwait(false);
            return (int)report.Level;
        });
        return command;
    }
}
