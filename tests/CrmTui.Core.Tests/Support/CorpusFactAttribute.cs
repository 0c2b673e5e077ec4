namespace CrmTui.Core.Tests.Support;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that reads the shared corpus: when it is absent (a
/// plain clone has no ../shared) the test is reported as <b>Skipped</b> with the reason, decided
/// at discovery, instead of returning early and passing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Directory is null)
            Skip = Corpus.MissingReason;
    }
}
