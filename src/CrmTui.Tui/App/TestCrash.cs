using System.Globalization;

namespace CrmTui.Tui.App;

/// <summary>
/// A hidden, test-only fault: with <c>CRMTUI_TEST_CRASH_AFTER_FRAMES=N</c> in the environment the
/// dashboard's UI thread throws after drawing its N-th frame, so the real-terminal tests can prove the
/// terminal is restored after an unhandled exception (docs/testing.md). Unset, empty or not a
/// positive number: no fault.
/// </summary>
public static class TestCrash
{
    public const string Variable = "CRMTUI_TEST_CRASH_AFTER_FRAMES";

    public static long? AfterFrames(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return long.TryParse(environment(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    public static InvalidOperationException Exception(long frames) =>
        new($"test crash: {Variable}={frames.ToString(CultureInfo.InvariantCulture)} reached (the UI thread throws on purpose)");
}
