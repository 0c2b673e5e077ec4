namespace CrmTui.Config;

/// <summary>The commented example printed by <c>crmtui config example</c>; a test proves it passes <c>check</c>.</summary>
public static class ConfigExample
{
    public const string Text = """
        # crmtui configuration: ~/.config/crmtui/config.toml (or $XDG_CONFIG_HOME/crmtui/config.toml).
        # Check it with:  crmtui config check
        # Reference:      docs/config.md
        #
        # No secrets here, ever: crmtui logs in with ssh, so authentication is ssh's job
        # (ssh-agent, or 'identity' below pointing at a key file). A 'password' key is refused.

        [defaults]
        refresh_interval = "2s"     # how often to look for changes (at least 1s)
        safety_interval = "60s"     # full status fetch at least this often, changed or not
        theme = "default"           # default | light | high-contrast | mono, or a theme of your own
        read_only = false           # true: look, never touch (per cluster below too)
        confirm = "disruptive"      # ask before: "always" | "disruptive" | "destructive" | "never"
        mouse = false               # true: click and scroll (turns off the terminal's own text selection)
        glyphs = "auto"             # "unicode" | "ascii" | "auto" (unicode when the locale is UTF-8)

        # One [[cluster]] per cluster; `crmtui --cluster NAME` picks one.
        [[cluster]]
        name = "prod"
        hosts = ["node1.example.com", "node2.example.com"]   # tried in this order when one stops answering
        ssh_user = "hacluster"
        # ssh_port = 22
        # identity = "~/.ssh/id_ed25519"
        # jump_host = "admin@bastion.example.com"
        ssh_options = ["ServerAliveInterval=5"]              # each becomes: ssh -o VALUE
        sudo = false                # true: run cluster commands through 'sudo -n'
        read_only = true            # a production cluster you only watch

        [[cluster]]
        name = "lab"
        hosts = ["192.168.122.11", "192.168.122.12"]
        ssh_user = "root"

        # Key overrides: "key" = "command". A command named here loses its default keys;
        # a key that another command still holds is an error. docs/keys.md lists the commands.
        [keys]
        # "ctrl+f" = "node.fence"
        """;
}
