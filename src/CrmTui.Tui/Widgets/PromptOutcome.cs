namespace CrmTui.Tui.Widgets;

/// <summary>What a key did to a prompt: still editing, Enter (use the text), or Esc (throw it away).</summary>
public enum PromptOutcome
{
    Editing,
    Submitted,
    Cancelled,
}
