namespace CrmTui.Commands;

/// <summary>Checks on names typed by people before they become argv elements.</summary>
internal static class Names
{
    /// <summary>
    /// Why <paramref name="value"/> cannot be a node, resource or ticket name; null when it can.
    /// A leading '-' is allowed: values are passed as <c>--option=value</c>, which the tools never
    /// read as an option. Control characters are refused: no Pacemaker id or node name has them,
    /// and they would only garble messages and the audit log.
    /// </summary>
    public static string? Problem(string what, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return $"{what} name is empty";
        if (value.Any(char.IsControl))
            return $"{what} name \"{value.ReplaceLineEndings(" ")}\" contains control characters";
        if (value.Trim() != value)
            return $"{what} name \"{value}\" has leading or trailing spaces";
        return null;
    }
}
