namespace CrmTui.Tui.App;

public enum PromptKind
{
    Filter,
    Command,
}
