namespace CrmTui.Transport;

/// <summary>
/// The private directory holding ssh control sockets. Anyone who can create a socket there could
/// impersonate a master, so it must be ours and 0700: <c>$XDG_RUNTIME_DIR/crmtui-ssh</c> (the
/// runtime dir is per-user and 0700 by the XDG spec), otherwise a fresh <c>mkdtemp</c> directory
/// under the temp dir, which no one else can have created first.
/// </summary>
public sealed class SshControlDirectory : IDisposable
{
    // sun_path is 108 bytes on Linux (104 on BSD/macOS); ssh adds "/" + 40 hex chars of %C and,
    // while creating the master, a 17-character random suffix.
    private const int SocketPathBudget = 104 - 1 - 40 - 17;

    private readonly bool _ownsDirectory;

    private SshControlDirectory(string path, bool ownsDirectory)
    {
        Path = path;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>The directory (no trailing slash).</summary>
    public string Path { get; }

    /// <summary>The <c>ControlPath</c> value: the directory plus <c>%C</c>, ssh's hash of
    /// local host, remote host, port, user (and jump host), which keeps the path short.</summary>
    public string ControlPath => Path + "/%C";

    /// <summary>Creates (or reuses) the directory and checks it is a real 0700 directory.</summary>
    /// <exception cref="TransportException">InvalidRequest when no safe directory can be made.</exception>
    public static SshControlDirectory Create()
    {
        if (OperatingSystem.IsWindows())
            throw new TransportException(TransportFailure.InvalidRequest, "local", "ssh multiplexing needs a Unix system");
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!string.IsNullOrEmpty(runtime) && System.IO.Path.IsPathRooted(runtime) && Directory.Exists(runtime))
        {
            var path = System.IO.Path.Combine(runtime, "crmtui-ssh");
            if (path.Length <= SocketPathBudget)
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Verify(path);
                return new SshControlDirectory(path, ownsDirectory: false);
            }
        }
        var temp = Directory.CreateTempSubdirectory("crmtui-ssh-").FullName;
        if (temp.Length > SocketPathBudget)
        {
            Directory.Delete(temp);
            throw new TransportException(TransportFailure.InvalidRequest, "local",
                $"the temp directory path {System.IO.Path.GetDirectoryName(temp)} is too long for ssh control sockets (104-byte limit); set a shorter TMPDIR or XDG_RUNTIME_DIR");
        }
        Verify(temp);
        return new SshControlDirectory(temp, ownsDirectory: true);
    }

    /// <summary>Uses an existing directory (tests); it is verified, never deleted.</summary>
    public static SshControlDirectory At(string path)
    {
        Verify(path);
        return new SshControlDirectory(System.IO.Path.GetFullPath(path).TrimEnd('/'), ownsDirectory: false);
    }

    /// <summary>Removes the directory if this object created it (left-over sockets included).</summary>
    public void Dispose()
    {
        if (!_ownsDirectory)
            return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Verify(string path)
    {
        var info = new DirectoryInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
            throw new TransportException(TransportFailure.InvalidRequest, "local",
                $"ssh control directory {path} is missing or a symbolic link; remove it and retry");
        if (OperatingSystem.IsWindows())
            return;
        var mode = info.UnixFileMode;
        const UnixFileMode groupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        if ((mode & groupOrOther) != 0)
            throw new TransportException(TransportFailure.InvalidRequest, "local",
                $"ssh control directory {path} has mode {Convert.ToString((int)mode, 8)}, not 700; other users could hijack control sockets. Fix with chmod 700 {path}");
    }
}
