using System.Text;
using CrmTui.Config.Tests.Support;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Tests.Toml;

/// <summary>
/// Mutates valid documents at random (fixed seed, so failures reproduce) and checks that the reader
/// either accepts the result or throws <see cref="TomlSyntaxException"/>, never anything else.
/// </summary>
public sealed class TomlFuzzTests
{
    private const string Alphabet = "\"'[]{}=.,#\n\r\t \\0123456789abefinxotruz+-_:TZ\u00e9\u0000\u007f";

    [Fact]
    public void Randomly_mutated_documents_never_raise_anything_but_a_syntax_error()
    {
        // Given
        // The official suite, when present, gives many more shapes to start from.
        var dirs = new[] { Path.Combine(TestPaths.Fixtures, "toml"), TestPaths.TomlTestSuite }.Where(Directory.Exists);
        var seeds = dirs
            .SelectMany(d => Directory.GetFiles(d, "*.toml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var random = new Random(20240229);
        var accepted = 0;
        var rejected = 0;

        // When
        for (var round = 0; round < 20_000; round++)
        {
            var text = Mutate(seeds[random.Next(seeds.Count)], random);
            try
            {
                TomlReader.Parse(text, "fuzz.toml");
                accepted++;
            }
            catch (TomlSyntaxException e)
            {
                Assert.True(e.Line >= 1 && e.Column >= 1, $"bad position in: {e.Message}");
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} for input:\n{text}\n{e}");
            }
        }

        // Then: both outcomes happened, so the mutations exercised the reader
        Assert.True(accepted > 0 && rejected > 0, $"accepted {accepted}, rejected {rejected}");
    }

    [Fact]
    public void Random_bytes_never_raise_anything_but_a_syntax_error()
    {
        var random = new Random(7);
        var rejected = 0;
        for (var round = 0; round < 5000; round++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            try
            {
                TomlReader.Parse(bytes, "fuzz.toml");
            }
            catch (TomlSyntaxException)
            {
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} for bytes {Convert.ToHexString(bytes)}: {e}");
            }
        }

        Assert.True(rejected > 4000, $"only {rejected} of 5000 random inputs were rejected");
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    sb.Length = at; // truncation
                    break;
            }
        }
        return sb.ToString();
    }
}
