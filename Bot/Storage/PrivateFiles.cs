namespace SafetyBot.Bot.Storage;

/// <summary>
/// Files only the bot's own account may read: on Unix a directory is created 0700 and a file 0600,
/// whatever the process's umask. On Windows the folder's ACL applies and nothing is changed.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the directory (and missing parents) 0700; an existing directory is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        if (Directory.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(path, OwnerOnlyDirectory);

        // mkdir applies the umask, which can only take bits away; set the mode exactly anyway.
        File.SetUnixFileMode(path, OwnerOnlyDirectory);
    }

    /// <summary>Creates an empty file 0600 before anything else opens it; an existing file is left as it is.</summary>
    public static void CreateFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (File.Exists(path))
        {
            return;
        }

        try
        {
            using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OwnerOnlyFile,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it at the same moment.
            return;
        }

        File.SetUnixFileMode(path, OwnerOnlyFile);
    }

    /// <summary>Takes group and other access away from an existing file of this account; best effort.</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            if ((File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0)
            {
                File.SetUnixFileMode(path, OwnerOnlyFile);
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // Not this account's file (e.g. a volume prepared by an administrator): its owner decides.
        }
    }
}
