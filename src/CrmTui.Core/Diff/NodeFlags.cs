namespace CrmTui.Core.Diff;

/// <summary>The state flags of a node that the differ compares, as a value.</summary>
public sealed record NodeFlags(
    bool Online,
    bool Standby,
    bool StandbyOnFail,
    bool Maintenance,
    bool Pending,
    bool Unclean,
    bool Shutdown)
{
    public static NodeFlags Of(Model.ClusterNode node) =>
        new(node.Online, node.Standby, node.StandbyOnFail, node.Maintenance, node.Pending, node.Unclean, node.Shutdown);

    /// <summary>
    /// Short text: <c>online</c> when nothing else is set, otherwise the set flags
    /// (<c>standby</c>, <c>standby, maintenance</c>), with <c>offline</c> first when the node is
    /// down, and <c>online</c> first when it is unclean but still up.
    /// </summary>
    public string Text
    {
        get
        {
            var words = new List<string>(4);
            if (!Online)
            {
                words.Add("offline");
            }
            else if (Unclean)
            {
                // An unclean node that is still online is about to be fenced: say both.
                words.Add("online");
            }

            if (Unclean)
            {
                words.Add("unclean");
            }

            if (Pending)
            {
                words.Add("pending");
            }

            if (Shutdown)
            {
                words.Add("shutting down");
            }

            if (Standby)
            {
                words.Add(StandbyOnFail ? "standby (on-fail)" : "standby");
            }

            if (Maintenance)
            {
                words.Add("maintenance");
            }

            return words.Count == 0 ? "online" : string.Join(", ", words);
        }
    }
}
