using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Ssh;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]

public sealed class SshControlDirectoryTests
{
    [Fact]
    public void A_created_directory_is_private_short_enough_and_removed_on_dispose()
    {
        // When a control directory is created
        var directory = SshControlDirectory.Create();
        var path = directory.Path;

        // Then only its owner can use it, the socket path fits sun_path, and it ends in %C
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
        Assert.True(path.Length + "/0123456789012345678901234567890123456789.XXXXXXXXXXXXXXXX".Length < 104);
        Assert.EndsWith("/%C", directory.ControlPath);
        directory.Dispose();
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is not { Length: > 0 })
            Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void A_directory_others_can_enter_is_refused_with_the_fix()
    {
        var path = Directory.CreateTempSubdirectory("crmtui-ssh-open-").FullName;
        try
        {
            File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32("755", 8));

            var ex = Assert.Throws<TransportException>(() => SshControlDirectory.At(path));

            Assert.Equal(TransportFailure.InvalidRequest, ex.Failure);
            Assert.Contains("chmod 700", ex.Message);
        }
        finally
        {
            Directory.Delete(path);
        }
    }

    [Fact]
    public void A_symbolic_link_is_refused()
    {
        var target = Directory.CreateTempSubdirectory("crmtui-ssh-target-").FullName;
        var link = target + "-link";
        try
        {
            Directory.CreateSymbolicLink(link, target);

            var ex = Assert.Throws<TransportException>(() => SshControlDirectory.At(link));

            Assert.Contains("symbolic link", ex.Message);
        }
        finally
        {
            File.Delete(link);
            Directory.Delete(target);
        }
    }
}
