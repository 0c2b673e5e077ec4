using Xunit;

namespace CrmTui.TestKit.Shared;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that runs the real <c>crm_mon</c> on a CIB file (no
/// cluster): Skipped at discovery, with the reason, when crm_mon is not on PATH, except under
/// <c>CI=true</c>, where it runs and fails. With <see cref="NeedsCorpus"/> it is also Skipped when
/// the shared corpus is absent (outside the repository, so also in CI).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CrmMonFactAttribute : FactAttribute
{
    public CrmMonFactAttribute()
    {
        if (!TestEnvironment.IsCi && MissingReason is { } reason)
            Skip = reason;
    }

    /// <summary>Why crm_mon cannot run here, or null when it can.</summary>
    public static string? MissingReason => TestEnvironment.MissingFromPath("crm_mon", "pacemaker-cli-utils");

    /// <summary>The test also reads the shared corpus.</summary>
    public bool NeedsCorpus
    {
        get => _needsCorpus;
        init
        {
            _needsCorpus = value;
            if (value && Skip is null && SharedCorpus.MissingReason is { } reason)
                Skip = reason;
        }
    }

    private readonly bool _needsCorpus;

    /// <summary>Throws with the reason when crm_mon is missing (the test was not skipped: CI).</summary>
    public static void Require()
    {
        if (MissingReason is { } reason)
            throw new InvalidOperationException(reason);
    }
}
