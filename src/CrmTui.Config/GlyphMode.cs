namespace CrmTui.Config;

/// <summary>Which status symbols the dashboard draws.</summary>
public enum GlyphMode
{
    /// <summary>Unicode when the locale is UTF-8, ASCII otherwise.</summary>
    Auto,

    Unicode,

    Ascii,
}
