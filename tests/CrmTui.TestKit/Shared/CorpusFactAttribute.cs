using Xunit;

namespace CrmTui.TestKit.Shared;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that reads the shared corpus: when it is absent the
/// test is reported as <b>Skipped</b> with the reason (decided at discovery: xunit 2 has no
/// dynamic skip, but an attribute's constructor may set <see cref="FactAttribute.Skip"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedCorpus.MissingReason is { } reason)
            Skip = reason;
    }
}
