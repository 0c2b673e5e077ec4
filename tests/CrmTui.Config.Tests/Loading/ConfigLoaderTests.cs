using CrmTui.Config.Tests.Support;

namespace CrmTui.Config.Tests.Loading;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void A_complete_file_loads_into_settings()
    {
        // Given
        const string toml = """
            [defaults]
            refresh_interval = "1500ms"
            safety_interval = 30
            theme = "light"
            read_only = true
            confirm = "destructive"
            mouse = true
            glyphs = "ascii"

            [[cluster]]
            name = "prod"
            hosts = ["node1.example.com", "10.0.0.2", "fe80::1%eth0"]
            ssh_user = "hacluster"
            ssh_port = 2222
            identity = "~/.ssh/id_ed25519"
            jump_host = "ops@bastion.example.com:22"
            ssh_options = ["ServerAliveInterval=5", "StrictHostKeyChecking=yes"]
            sudo = true
            read_only = false
            theme = "high-contrast"
            safety_interval = "10s"

            [[cluster]]
            name = "lab"
            hosts = ["lab1"]

            [keys]
            "ctrl+x" = "node.fence"
            """;

        // When
        var result = TestVocabulary.Load(toml);

        // Then
        Assert.Empty(result.Errors);
        var settings = result.Settings!;
        Assert.Equal("config.toml", settings.SourcePath);
        Assert.Equal(
            new Defaults(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(30), "light", true, ConfirmPolicy.Destructive, true, GlyphMode.Ascii),
            settings.Defaults);
        Assert.Equal(2, settings.Clusters.Length);
        var prod = settings.Clusters[0];
        Assert.Equal("prod", prod.Name);
        Assert.Equal<string>(["node1.example.com", "10.0.0.2", "fe80::1%eth0"], prod.Hosts);
        Assert.Equal("hacluster", prod.SshUser);
        Assert.Equal(2222, prod.SshPort);
        Assert.Equal("~/.ssh/id_ed25519", prod.Identity);
        Assert.Equal("ops@bastion.example.com:22", prod.JumpHost);
        Assert.Equal<string>(["ServerAliveInterval=5", "StrictHostKeyChecking=yes"], prod.SshOptions);
        Assert.True(prod.Sudo);
        Assert.False(prod.IsReadOnly(settings.Defaults));
        Assert.Equal("high-contrast", prod.ThemeOrDefault(settings.Defaults));
        Assert.Equal(TimeSpan.FromSeconds(10), prod.DefaultsFor(settings.Defaults).SafetyInterval);
        Assert.Equal(settings.Defaults with { SafetyInterval = TimeSpan.FromSeconds(10) }, prod.DefaultsFor(settings.Defaults));
        var lab = settings.FindCluster("LAB")!;
        Assert.Equal<string>(["lab1"], lab.Hosts);
        Assert.Null(lab.SshUser);
        Assert.Empty(lab.SshOptions);
        Assert.True(lab.IsReadOnly(settings.Defaults));
        Assert.Equal("light", lab.ThemeOrDefault(settings.Defaults));
        Assert.Null(lab.SafetyInterval);
        Assert.Same(settings.Defaults, lab.DefaultsFor(settings.Defaults));
        Assert.Equal<KeyBindingOverride>([new KeyBindingOverride("ctrl+x", "node.fence")], settings.Keys);
    }

    [Fact]
    public void An_empty_file_means_the_built_in_defaults()
    {
        var result = TestVocabulary.Load("# nothing yet\n");

        Assert.True(result.IsValid);
        Assert.Equal(Defaults.BuiltIn, result.Settings!.Defaults);
        Assert.Empty(result.Settings.Clusters);
        Assert.Empty(result.Settings.Keys);
    }

    [Fact]
    public void Every_error_is_reported_with_file_line_and_column_not_only_the_first()
    {
        // Given three independent mistakes on lines 2, 5 and 8
        const string toml = """
            [defaults]
            theme = "drak"

            [[cluster]]
            nmae = "prod"
            hosts = ["n1"]

            [keys]
            "ctrl+f" = "node.fense"
            """;

        // When
        var errors = TestVocabulary.Errors(toml);

        // Then
        Assert.Collection(
            errors,
            e => Assert.StartsWith("config.toml:2:9: unknown theme 'drak' in [defaults]", e),
            e => Assert.Equal("config.toml:4:1: [[cluster]] needs a 'name' (used by --cluster NAME)", e),
            e => Assert.Equal("config.toml:5:1: unknown key 'nmae' in [[cluster]] (did you mean 'name'?)", e),
            e => Assert.Equal("config.toml:9:12: unknown command 'node.fense' in [keys] (did you mean 'node.fence'?); docs/keys.md lists the commands, and \"none\" unbinds a key", e));
    }

    [Fact]
    public void A_syntax_error_is_one_error_with_its_position()
    {
        var errors = TestVocabulary.Errors("[defaults]\ntheme = light\n");

        var error = Assert.Single(errors);
        Assert.StartsWith("config.toml:2:9: invalid value 'light'", error);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), "crmtui-no-such-dir-" + Guid.NewGuid(), "config.toml");

        var result = new ConfigLoader(TestVocabulary.Create()).LoadFile(path);

        Assert.False(result.IsValid);
        Assert.Equal($"{path}:1:1: cannot read the configuration file: no such file", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("colour = 1", "config.toml:1:1: unknown key 'colour' in the file; known keys: defaults, cluster, keys")]
    [InlineData("[clusters]", "config.toml:1:2: unknown key 'clusters' in the file (did you mean 'cluster'?)")]
    [InlineData("[defaults]\nrefresh = 2", "config.toml:2:1: unknown key 'refresh' in [defaults]")]
    [InlineData("[defaults]\nread_only = \"yes\"", "config.toml:2:13: 'read_only' in [defaults] must be true or false, found a string")]
    [InlineData("[defaults]\nconfirm = \"sometimes\"", "config.toml:2:11: 'confirm' in [defaults] must be one of \"always\", \"disruptive\", \"destructive\", \"never\", found \"sometimes\"")]
    [InlineData("[defaults]\nglyphs = \"utf8\"", "config.toml:2:10: 'glyphs' in [defaults] must be one of \"auto\", \"unicode\", \"ascii\"")]
    [InlineData("[defaults]\nrefresh_interval = \"fast\"", "config.toml:2:20: 'refresh_interval' in [defaults] cannot read 'fast' as a duration")]
    [InlineData("[defaults]\nrefresh_interval = \"100ms\"", "config.toml:2:20: 'refresh_interval' in [defaults] must be between 1s and 60m")]
    [InlineData("[defaults]\nrefresh_interval = 10\nsafety_interval = 5", "config.toml:3:19: 'safety_interval' (5s) must not be shorter than 'refresh_interval' (10s)")]
    [InlineData("defaults = 3", "config.toml:1:12: 'defaults' in the file must be a table, found an integer")]
    [InlineData("[cluster]\nname = \"a\"", "config.toml:1:1: 'cluster' must be an array of tables: write [[cluster]] (two brackets), once per cluster")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = \"n1\"", "config.toml:3:9: 'hosts' in cluster 'a' must be an array of strings, found a string")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\", 2]", "config.toml:3:16: 'hosts' in cluster 'a' must contain only strings, found an integer")]
    [InlineData("[[cluster]]\nname = \"a\"", "config.toml:1:1: cluster 'a' needs 'hosts', a list of node names or addresses in failover order")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = []", "config.toml:3:9: 'hosts' in cluster 'a' must list at least one host")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nssh_port = 70000", "config.toml:4:12: 'ssh_port' in cluster 'a' must be between 1 and 65535, found 70000")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nssh_user = \"-oProxyCommand=x\"", "config.toml:4:12: 'ssh_user' in cluster 'a' must not start with '-'")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nssh_options = [\"-oBatchMode=no\"]", "config.toml:4:16: ssh option '-oBatchMode=no' in cluster 'a' must look like Name=value")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nsudo = 1", "config.toml:4:8: 'sudo' in cluster 'a' must be true or false, found an integer")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nsafety_interval = \"100ms\"", "config.toml:4:19: 'safety_interval' in cluster 'a' must be between 1s and 60m")]
    [InlineData("[[cluster]]\nname = \"a\"\nhosts = [\"n1\"]\nsafety_interval = \"often\"", "config.toml:4:19: 'safety_interval' in cluster 'a' cannot read 'often' as a duration")]
    [InlineData("[[cluster]]\nname = \"a b\"\nhosts = [\"n1\"]", "config.toml:2:8: cluster name 'a b' may contain only letters, digits")]
    public void A_mistake_is_reported_where_it_is_with_a_helpful_message(string toml, string expectedPrefix)
    {
        var errors = TestVocabulary.Errors(toml);

        Assert.Contains(errors, e => e.StartsWith(expectedPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-oProxyCommand=touch /tmp/x", "must not start with '-'")]
    [InlineData("node 1", "must not contain spaces")]
    [InlineData("n1;reboot", "must not contain ';'")]
    [InlineData("$(id)", "must not contain '$'")]
    [InlineData("n1`id`", "must not contain '`'")]
    [InlineData("n1|x", "must not contain '|'")]
    [InlineData("root@n1", "put the user in 'ssh_user'")]
    [InlineData("", "is empty")]
    [InlineData("n1\nn2", "must not contain spaces or control characters")]
    public void A_host_that_ssh_or_a_shell_could_misread_is_rejected(string host, string reason)
    {
        var toml = $"[[cluster]]\nname = \"prod\"\nhosts = [\"ok1\", \"{host.Replace("\n", "\\n")}\"]";

        var error = Assert.Single(TestVocabulary.Errors(toml));

        Assert.StartsWith("config.toml:3:17: host ", error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Duplicate_cluster_names_are_an_error_even_in_another_case()
    {
        const string toml = "[[cluster]]\nname = \"prod\"\nhosts = [\"a\"]\n[[cluster]]\nname = \"Prod\"\nhosts = [\"b\"]";

        var error = Assert.Single(TestVocabulary.Errors(toml));

        Assert.Equal("config.toml:5:8: duplicate cluster name 'Prod' (first used at 2:8); names must be unique, ignoring case", error);
    }

    [Fact]
    public void A_host_listed_twice_in_one_cluster_is_an_error()
    {
        var error = Assert.Single(TestVocabulary.Errors("[[cluster]]\nname = \"p\"\nhosts = [\"a\", \"A\"]"));

        Assert.Equal("config.toml:3:15: host 'A' is listed twice in cluster 'p'", error);
    }

    [Fact]
    public void An_unknown_theme_lists_the_known_ones()
    {
        var error = Assert.Single(TestVocabulary.Errors("[[cluster]]\nname = \"p\"\nhosts = [\"a\"]\ntheme = \"solarized\""));

        Assert.Equal("config.toml:4:9: unknown theme 'solarized' in cluster 'p'; known themes: default, high-contrast, light, mono", error);
    }

    [Theory]
    [InlineData("password = \"hunter2\"", "config.toml:1:1: 'password' in the file")]
    [InlineData("[defaults]\nssh_passphrase = \"x\"", "config.toml:2:1: 'ssh_passphrase' in [defaults]")]
    [InlineData("[[cluster]]\nname = \"p\"\nhosts = [\"a\"]\nsudo_password = \"x\"", "config.toml:4:1: 'sudo_password' in cluster 'p'")]
    [InlineData("[[cluster]]\nname = \"p\"\nhosts = [\"a\"]\napi-token = \"x\"", "config.toml:4:1: 'api-token' in cluster 'p'")]
    public void A_secret_like_key_is_rejected_with_an_explanation(string toml, string expectedPrefix)
    {
        var error = Assert.Single(TestVocabulary.Errors(toml));

        Assert.StartsWith(expectedPrefix, error);
        Assert.Contains("authentication is ssh's job", error);
    }
}
