using System.Text;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Parsing;

/// <summary>
/// Truncated and mutated documents either parse or raise <see cref="CrmMonFormatException"/>;
/// never another exception, and never a hang (each case is bounded).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261122;
    private static readonly TimeSpan _perCase = TimeSpan.FromSeconds(20);

    [Fact]
    public void Every_truncation_of_a_document_fails_with_the_parser_exception_and_a_position()
    {
        var documents = Documents(corpusSample: 15);
        var cases = 0;
        var problems = new List<string>();
        foreach (var (name, bytes) in documents)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var meaningful = text.TrimEnd().Length;
            var rootOpened = text.IndexOf('>') + 1;
            var step = Math.Max(1, bytes.Length / 300);
            for (var length = 0; length < meaningful; length += step)
            {
                cases++;
                var outcome = Outcome(bytes[..length]);
                if (outcome is not CrmMonFormatException format)
                {
                    problems.Add($"{name} cut at {length}: {Describe(outcome)}");
                }
                else if (format.Line < 1 || (length > rootOpened && !format.ElementPath.StartsWith("/pacemaker-result", StringComparison.Ordinal)))
                {
                    problems.Add($"{name} cut at {length}: no position ({format.Message})");
                }
            }
        }

        output.WriteLine($"{cases} truncations of {documents.Count} documents");
        Assert.True(cases >= 2000, $"only {cases} cases");
        Assert.Empty(problems.Take(20));
    }

    [Fact]
    public void Random_mutations_only_ever_succeed_or_raise_the_parser_exception()
    {
        var documents = Documents(corpusSample: 40);
        var mutator = new Mutator(Seed);
        var random = new Random(Seed);
        var problems = new List<string>();
        var outcomes = new Dictionary<string, int>();
        const int cases = 4000;
        for (var i = 0; i < cases; i++)
        {
            var (name, bytes) = documents[random.Next(documents.Count)];
            var mutated = mutator.Mutate(bytes);
            var outcome = Outcome(mutated);
            var key = outcome is null ? "parsed" : outcome.GetType().Name;
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            if (outcome is not (null or CrmMonFormatException))
            {
                problems.Add($"case {i} ({mutator.Kind} of {name}): {Describe(outcome)}");
            }
        }

        output.WriteLine(string.Join(", ", outcomes.Select(kv => $"{kv.Key}: {kv.Value}")));
        Assert.Empty(problems.Take(20));
        Assert.True(outcomes.GetValueOrDefault("parsed") > 0, "no mutation parsed: the mutations are too coarse");
        Assert.True(outcomes.GetValueOrDefault(nameof(CrmMonFormatException)) > 0, "no mutation failed: the mutations are too gentle");
    }

    [Fact]
    public void Whatever_mutation_parses_is_written_back_and_reads_the_same_again()
    {
        var documents = Documents(corpusSample: 20);
        var mutator = new Mutator(Seed + 1);
        var random = new Random(Seed + 1);
        var checkedCases = 0;
        var problems = new List<string>();
        for (var i = 0; i < 1500; i++)
        {
            var (name, bytes) = documents[random.Next(documents.Count)];
            var mutated = mutator.Mutate(bytes);
            ClusterSnapshot snapshot;
            try
            {
                snapshot = CrmMonXmlParser.Parse(new MemoryStream(mutated));
            }
            catch (CrmMonFormatException)
            {
                continue;
            }

            checkedCases++;
            try
            {
                var once = CrmMonXmlWriter.Write(snapshot);
                var twice = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(once));
                if (once != twice)
                {
                    problems.Add($"case {i} ({mutator.Kind} of {name}): second write differs");
                }
            }
            catch (Exception e)
            {
                problems.Add($"case {i} ({mutator.Kind} of {name}): {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{checkedCases} parsed mutations written back");
        Assert.True(checkedCases > 100, $"only {checkedCases} mutations parsed");
        Assert.Empty(problems.Take(20));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_reported_with_its_path()
    {
        var xml = "<pacemaker-result><resources>" + string.Concat(Enumerable.Repeat("<group id=\"g\">", 500)) + "</resources></pacemaker-result>";

        var error = Assert.Throws<CrmMonFormatException>(() => CrmMonXmlParser.Parse(xml));

        Assert.Contains("nested deeper", error.Reason);
        Assert.StartsWith("/pacemaker-result/resources/group/group", error.ElementPath);
    }

    /// <summary>Parses on a worker with a deadline; null on success, else the exception.</summary>
    private static Exception? Outcome(byte[] bytes)
    {
        var task = Task.Run(() =>
        {
            using var stream = new MemoryStream(bytes);
            CrmMonXmlParser.Parse(stream);
        });
        try
        {
            if (!task.Wait(_perCase))
            {
                return new TimeoutException($"parse did not finish within {_perCase.TotalSeconds} s");
            }

            return null;
        }
        catch (AggregateException e)
        {
            return e.InnerException;
        }
    }

    private static string Describe(Exception? outcome) =>
        outcome is null ? "parsed although it should not" : $"{outcome.GetType().Name}: {outcome.Message}";

    private List<(string Name, byte[] Bytes)> Documents(int corpusSample)
    {
        var documents = Corpus.Fixtures().Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        if (Corpus.Directory is { } corpus)
        {
            var files = Corpus.CrmMonOutputs(corpus);
            var every = Math.Max(1, files.Count / corpusSample);
            documents.AddRange(files.Where((_, i) => i % every == 0).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))));
        }
        else
        {
            output.WriteLine("corpus part " + Corpus.MissingReason + "; fuzzing the fixtures only");
        }

        return documents;
    }
}
