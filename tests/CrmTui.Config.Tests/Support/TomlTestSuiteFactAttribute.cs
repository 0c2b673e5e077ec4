namespace CrmTui.Config.Tests.Support;

/// <summary>
/// A test that runs the official toml-test suite from <c>../shared/toml-test</c>. That folder lives
/// outside the repository, so a fresh clone may not have it: the test is then skipped with the
/// path it looked in (the project's own cases in <c>Fixtures/toml</c> still test the reader).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TomlTestSuiteFactAttribute : FactAttribute
{
    public TomlTestSuiteFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.TomlTestSuite, "valid")) || !Directory.Exists(Path.Combine(TestPaths.TomlTestSuite, "invalid")))
        {
            Skip = $"the official toml-test suite is not at {TestPaths.TomlTestSuite} (it lives in ../shared, outside the repository)";
        }
    }
}
