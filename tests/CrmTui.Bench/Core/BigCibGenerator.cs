using System.Globalization;
using System.Xml;

namespace CrmTui.Bench.Core;

/// <summary>
/// Writes a large synthetic CIB <em>with a status section</em> (node_state, lrm_resource,
/// lrm_rsc_op history, transient attributes), so <c>crm_mon</c> renders a settled cluster from
/// it without the scheduler having to run. Layout: groups of five primitives, standalone
/// primitives and anonymous clones running on every node; each active instance has a start and
/// a recurring monitor record, standalone and grouped primitives also have a stop record on
/// the two nodes after their home node (where they ran before), so every record shows up in
/// crm_mon's operation_history.
/// </summary>
/// <remarks>
/// <see cref="Variant"/> 1 is the next poll of variant 0 with a few real changes: one standalone
/// primitive moved to the next node, one monitor failure with its fail-count, one node in
/// standby, one node attribute changed. Everything else is identical apart from the volatile
/// fields (operation times), which are shifted so that the differ has to ignore them.
/// </remarks>
public sealed record BigCibGenerator(int Nodes = 16, int Groups = 100, int Solos = 300, int Clones = 60, int Variant = 0)
{
    private const string Uuid = "b1e5c0de-0000-4000-8000-000000000001";
    private const string Digest = "f2317cad3d54cec5d7d7aa7d0bf35cf8";
    private static readonly DateTimeOffset _epoch = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    /// <summary>Primitive instances in the resource tree (a clone counts once per node).</summary>
    public int Instances => Groups * 5 + Solos + Clones * Nodes;

    /// <summary>lrm_rsc_op records written into the status section.</summary>
    public int Operations => Instances * 2 + (Groups * 5 + Solos) * 2;

    public void Write(string path)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartElement("cib");
        Attr(xml, "crm_feature_set", "3.16.1");
        Attr(xml, "validate-with", "pacemaker-3.9");
        Attr(xml, "epoch", Variant == 0 ? "100" : "101");
        Attr(xml, "num_updates", "0");
        Attr(xml, "admin_epoch", "0");
        Attr(xml, "have-quorum", "1");
        Attr(xml, "dc-uuid", "1");
        Attr(xml, "cib-last-written", "Sun Nov 22 05:00:00 2026");

        xml.WriteStartElement("configuration");
        WriteConfig(xml);
        WriteNodes(xml);
        WriteResources(xml);
        xml.WriteElementString("constraints", "");
        xml.WriteEndElement();

        xml.WriteStartElement("status");
        for (var n = 1; n <= Nodes; n++)
        {
            WriteNodeState(xml, n);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteConfig(XmlWriter xml)
    {
        xml.WriteStartElement("crm_config");
        xml.WriteStartElement("cluster_property_set");
        Attr(xml, "id", "cib-bootstrap-options");
        NvPair(xml, "opt-stonith-enabled", "stonith-enabled", "false");
        NvPair(xml, "opt-cluster-name", "cluster-name", "big");
        NvPair(xml, "opt-dc-version", "dc-version", "2.1.5-a3f44794f94");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteNodes(XmlWriter xml)
    {
        xml.WriteStartElement("nodes");
        for (var n = 1; n <= Nodes; n++)
        {
            xml.WriteStartElement("node");
            Attr(xml, "id", Id(n));
            Attr(xml, "uname", Name(n));
            if (Variant == 1 && n == Nodes)
            {
                xml.WriteStartElement("instance_attributes");
                Attr(xml, "id", $"nodes-{n}");
                NvPair(xml, $"nodes-{n}-standby", "standby", "on");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteResources(XmlWriter xml)
    {
        xml.WriteStartElement("resources");
        for (var g = 0; g < Groups; g++)
        {
            xml.WriteStartElement("group");
            Attr(xml, "id", $"grp{g}");
            for (var m = 0; m < 5; m++)
            {
                WritePrimitive(xml, $"g{g}r{m}");
            }

            xml.WriteEndElement();
        }

        for (var s = 0; s < Solos; s++)
        {
            WritePrimitive(xml, $"solo{s}");
        }

        for (var c = 0; c < Clones; c++)
        {
            xml.WriteStartElement("clone");
            Attr(xml, "id", $"cl{c}");
            WritePrimitive(xml, $"c{c}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WritePrimitive(XmlWriter xml, string id)
    {
        xml.WriteStartElement("primitive");
        Attr(xml, "id", id);
        Attr(xml, "class", "ocf");
        Attr(xml, "provider", "pacemaker");
        Attr(xml, "type", "Dummy");
        xml.WriteStartElement("operations");
        xml.WriteStartElement("op");
        Attr(xml, "id", id + "-monitor-10s");
        Attr(xml, "name", "monitor");
        Attr(xml, "interval", "10s");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // The last node carries no resources in variant 1 (it is in standby there), so variant 0
    // already keeps it free of them apart from the clones: the standby then only stops clone
    // instances and the moved primitive stays put.
    private int Home(int index) => index % (Nodes - 1) + 1;

    private void WriteNodeState(XmlWriter xml, int n)
    {
        xml.WriteStartElement("node_state");
        Attr(xml, "id", Id(n));
        Attr(xml, "uname", Name(n));
        Attr(xml, "in_ccm", "true");
        Attr(xml, "crmd", "online");
        Attr(xml, "crm-debug-origin", "do_update_resource");
        Attr(xml, "join", "member");
        Attr(xml, "expected", "member");

        xml.WriteStartElement("transient_attributes");
        Attr(xml, "id", Id(n));
        xml.WriteStartElement("instance_attributes");
        Attr(xml, "id", $"status-{n}");
        NvPair(xml, $"status-{n}-pingd", "pingd", Variant == 1 && n == 2 ? "0" : "100");
        NvPair(xml, $"status-{n}-site", "site", n % 2 == 0 ? "east" : "west");
        if (Variant == 1 && n == 1)
        {
            NvPair(xml, $"status-{n}-fail-count-solo0", "fail-count-solo0#monitor_10000", "1");
            NvPair(xml, $"status-{n}-last-failure-solo0", "last-failure-solo0#monitor_10000", Epoch(3600).ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("lrm");
        Attr(xml, "id", Id(n));
        xml.WriteStartElement("lrm_resources");
        var call = 10;
        for (var g = 0; g < Groups; g++)
        {
            for (var m = 0; m < 5; m++)
            {
                WriteHistory(xml, n, $"g{g}r{m}", Home(g), ref call);
            }
        }

        for (var s = 0; s < Solos; s++)
        {
            // Variant 1 moves solo1 to the next node.
            var home = Home(s);
            if (Variant == 1 && s == 1)
            {
                home = home % (Nodes - 1) + 1;
            }

            WriteHistory(xml, n, $"solo{s}", home, ref call);
        }

        for (var c = 0; c < Clones; c++)
        {
            if (Variant == 1 && n == Nodes)
            {
                continue;
            }

            WriteLrmResource(xml, $"c{c}", n, running: true, failed: false, ref call);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // A non-clone primitive: running on its home node, stopped on the two nodes after it.
    private void WriteHistory(XmlWriter xml, int node, string id, int home, ref int call)
    {
        if (node == home)
        {
            WriteLrmResource(xml, id, node, running: true, failed: Variant == 1 && id == "solo0", ref call);
        }
        else if (node == home % Nodes + 1 || node == (home + 1) % Nodes + 1)
        {
            WriteLrmResource(xml, id, node, running: false, failed: false, ref call);
        }
    }

    private void WriteLrmResource(XmlWriter xml, string id, int node, bool running, bool failed, ref int call)
    {
        xml.WriteStartElement("lrm_resource");
        Attr(xml, "id", id);
        Attr(xml, "class", "ocf");
        Attr(xml, "provider", "pacemaker");
        Attr(xml, "type", "Dummy");
        if (running)
        {
            WriteOp(xml, id, node, id + "_last_0", "start", 0, rc: 0, ++call);
            WriteOp(xml, id, node, id + "_monitor_10000", "monitor", 10000, rc: 0, ++call);
            if (failed)
            {
                WriteOp(xml, id, node, id + "_last_failure_0", "monitor", 10000, rc: 7, ++call);
            }
        }
        else
        {
            // Stopped here earlier: crm_mon lists a stop (it hides "not running" probes).
            WriteOp(xml, id, node, id + "_last_0", "stop", 0, rc: 0, ++call);
        }

        xml.WriteEndElement();
    }

    private void WriteOp(XmlWriter xml, string rsc, int node, string opId, string task, int interval, int rc, int call)
    {
        // Volatile fields move between variants: times and durations are not state.
        var shift = Variant * 7;
        xml.WriteStartElement("lrm_rsc_op");
        Attr(xml, "id", opId);
        Attr(xml, "operation_key", $"{rsc}_{task}_{interval}");
        Attr(xml, "operation", task);
        Attr(xml, "crm-debug-origin", "do_update_resource");
        Attr(xml, "crm_feature_set", "3.16.1");
        Attr(xml, "transition-key", $"{call}:1:0:{Uuid}");
        Attr(xml, "transition-magic", $"0:{rc};{call}:1:0:{Uuid}");
        Attr(xml, "exit-reason", rc == 0 ? "" : "Simulated failure");
        Attr(xml, "on_node", Name(node));
        Attr(xml, "call-id", call.ToString(CultureInfo.InvariantCulture));
        Attr(xml, "rc-code", rc.ToString(CultureInfo.InvariantCulture));
        Attr(xml, "op-status", "0");
        Attr(xml, "interval", interval.ToString(CultureInfo.InvariantCulture));
        Attr(xml, "last-rc-change", Epoch(call + shift).ToString(CultureInfo.InvariantCulture));
        Attr(xml, "exec-time", (call % 50 + shift).ToString(CultureInfo.InvariantCulture));
        Attr(xml, "queue-time", (call % 3).ToString(CultureInfo.InvariantCulture));
        Attr(xml, "op-digest", Digest);
        xml.WriteEndElement();
    }

    private static long Epoch(int seconds) => _epoch.AddSeconds(seconds).ToUnixTimeSeconds();

    private static string Id(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Name(int n) => "node" + n.ToString(CultureInfo.InvariantCulture);

    private static void Attr(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, value);

    private static void NvPair(XmlWriter xml, string id, string name, string value)
    {
        xml.WriteStartElement("nvpair");
        Attr(xml, "id", id);
        Attr(xml, "name", name);
        Attr(xml, "value", value);
        xml.WriteEndElement();
    }
}
