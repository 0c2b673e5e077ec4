using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// The closing <c>status</c> element. crm_mon 2.1.5 reports a CIB it could not read with
/// <c>code="0" message="OK"</c> plus <c>errors</c>, so look at <see cref="Errors"/>, not only the code.
/// </summary>
public sealed record ResultStatus
{
    public int Code { get; init; }
    public string Message { get; init; } = "";
    public ImmutableArray<string> Errors { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public bool HasErrors => Code != 0 || !Errors.IsDefaultOrEmpty;
}
