using Xunit;

namespace CrmTui.TestKit.Shared;

/// <summary>The <see cref="CorpusFactAttribute"/> of theories: Skipped, with the reason, when the
/// shared corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SharedCorpus.MissingReason is { } reason)
            Skip = reason;
    }
}
