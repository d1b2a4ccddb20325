using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace WaicTools.Data;

/// <summary>The file-system operations an export makes, so that tests can make any one of them fail.</summary>
internal interface IExportFileSystem
{
    /// <summary>Whether anything is at the path: a file, a folder, or a link (even one to nothing).</summary>
    bool Exists(string path);

    /// <summary>Whether the path is a folder, not a link to one.</summary>
    bool IsFolder(string path);

    /// <summary>Whether the path is a folder or a link to one.</summary>
    bool LeadsToFolder(string path);

    void CreateFolder(string path);

    /// <summary>Creates a file that must not exist yet and writes all of it to the disk.</summary>
    void WriteNew(string path, byte[] bytes);

    /// <summary>Renames a file or link (never what a link points to); fails when the target exists.</summary>
    void Move(string from, string to);

    void DeleteFile(string path);

    /// <summary>Deletes a folder and everything in it.</summary>
    void DeleteFolder(string path);

    /// <summary>Deletes a folder if it is empty.</summary>
    void DeleteEmptyFolder(string path);
}

/// <summary>The file system as it is.</summary>
internal sealed class DiskFileSystem : IExportFileSystem
{
    public static readonly DiskFileSystem Instance = new();

    public bool Exists(string path)
    {
        try
        {
            File.GetAttributes(path); // a link to nothing has attributes of its own
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    public bool IsFolder(string path) =>
        Exists(path) && (File.GetAttributes(path) & (FileAttributes.Directory | FileAttributes.ReparsePoint)) ==
        FileAttributes.Directory;

    public bool LeadsToFolder(string path) => Directory.Exists(path);

    public void CreateFolder(string path) => Directory.CreateDirectory(path);

    public void WriteNew(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush(flushToDisk: true);
    }

    public void Move(string from, string to)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            // link(2) fails when the name is taken, so a file another program has just created is never replaced,
            // as rename(2) would do; it also moves a link itself, whatever it points to.
            if (Link(DatasetFiles.NativePath(from), DatasetFiles.NativePath(to)) == 0)
            {
                File.Delete(from);
                return;
            }

            if (Marshal.GetLastWin32Error() == EEXIST)
            {
                throw new IOException($"The file '{to}' already exists.");
            }
        }

        // Windows, or a file system without hard links: a link to a folder is moved as the link it is.
        if ((File.GetAttributes(from) & FileAttributes.Directory) != 0)
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private const int EEXIST = 17; // the same on Linux and macOS

    // The runtime's own native shim, which every .NET on Linux and macOS loads.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Link", SetLastError = true)]
    private static extern int Link(byte[] source, byte[] linkTarget);

    public void DeleteFile(string path) => File.Delete(path);

    public void DeleteFolder(string path) => Directory.Delete(path, recursive: true);

    public void DeleteEmptyFolder(string path)
    {
        if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
        {
            Directory.Delete(path);
        }
    }
}

/// <summary>Why an export wrote nothing.</summary>
internal enum ExportFault
{
    /// <summary>Dataset files are there already, and -Force was not given (or one of them is a folder).</summary>
    TargetNotEmpty,

    /// <summary>The target is a file, not a folder.</summary>
    TargetNotFolder,

    /// <summary>Writing or moving a file failed: a full disk, a read-only mount, a name taken meanwhile.</summary>
    WriteFailed,

    /// <summary>The system refused access.</summary>
    AccessDenied,
}

/// <summary>An export that wrote nothing: the folder is as it was.</summary>
internal sealed class ExportException : Exception
{
    public ExportException(ExportFault fault, string target, string message, Exception? inner = null)
        : base(message, inner)
    {
        Fault = fault;
        Target = target;
    }

    public ExportFault Fault { get; }

    /// <summary>The folder or file the fault is about.</summary>
    public string Target { get; }
}

/// <summary>
/// Writes dataset files into a folder, all of them or none: each file is written in full into a staging folder
/// inside the target, then moved into place. A file that is there already is refused unless
/// <c>force</c> is given, and then it is moved aside (a link is moved, never written through) and put back if
/// anything fails. On any failure every file moved in is removed, every file moved aside is put back, and the
/// staging folder and the folders the export created are removed.
/// </summary>
internal static class DatasetExport
{
    /// <summary>The prefix of the staging folder; an export interrupted by a killed process leaves one behind.</summary>
    public const string StagingPrefix = ".waic-export-";

    /// <summary>Writes the files; returns their full paths in the order given.</summary>
    public static IReadOnlyList<string> Write(IExportFileSystem fs, string folder,
        IReadOnlyList<(string File, byte[] Utf8)> files, bool force)
    {
        if (fs.Exists(folder) && !fs.LeadsToFolder(folder))
        {
            throw new ExportException(ExportFault.TargetNotFolder, folder, string.Format(CultureInfo.InvariantCulture,
                "'{0}' is a file, not a folder; give a folder to write the dataset files into.", folder));
        }

        var targets = files.Select(f => Path.Combine(folder, f.File.Replace('/', Path.DirectorySeparatorChar))).ToArray();
        var existing = targets.Where(fs.Exists).ToArray();
        if (existing.Length > 0 && !force)
        {
            throw new ExportException(ExportFault.TargetNotEmpty, folder, string.Format(CultureInfo.InvariantCulture,
                "'{0}' already holds dataset files ({1}); use -Force to overwrite them.", folder,
                string.Join(", ", existing.Select(e => Relative(folder, e)))));
        }

        if (existing.FirstOrDefault(fs.IsFolder) is { } blocked)
        {
            throw new ExportException(ExportFault.TargetNotEmpty, blocked, string.Format(CultureInfo.InvariantCulture,
                "'{0}' is a folder where the dataset file {1} goes; move it away first.", blocked, Relative(folder, blocked)));
        }

        // Every folder on the way to a file that is there already must be a folder, not a link: a link named schema
        // would take the export outside the target.
        foreach (var target in targets)
        {
            for (var dir = Path.GetDirectoryName(target); dir is not null && dir.Length > folder.TrimEnd(Path.DirectorySeparatorChar).Length;
                 dir = Path.GetDirectoryName(dir))
            {
                if (fs.Exists(dir) && !fs.IsFolder(dir))
                {
                    throw new ExportException(ExportFault.TargetNotFolder, dir, string.Format(CultureInfo.InvariantCulture,
                        "'{0}' is a link or a file, not a folder; the export writes only into folders inside the target.", dir));
                }
            }
        }

        var created = new List<string>();
        var moved = new List<string>();
        var aside = new List<(string Backup, string Target)>();
        string? stage = null;
        var current = folder;
        var committing = false;
        try
        {
            CreateFolders(fs, folder, created);
            stage = Path.Combine(folder, StagingPrefix + Guid.NewGuid().ToString("N"));
            current = stage;
            fs.CreateFolder(stage);
            var staged = new string[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                staged[i] = Path.Combine(stage, i.ToString(CultureInfo.InvariantCulture));
                current = targets[i];
                fs.WriteNew(staged[i], files[i].Utf8);
            }

            var old = Path.Combine(stage, "old");
            committing = true;
            for (var i = 0; i < files.Count; i++)
            {
                current = targets[i];
                CreateFolders(fs, Path.GetDirectoryName(targets[i])!, created);
                if (force && fs.Exists(targets[i]))
                {
                    if (!fs.Exists(old))
                    {
                        fs.CreateFolder(old);
                    }

                    var backup = Path.Combine(old, i.ToString(CultureInfo.InvariantCulture));
                    fs.Move(targets[i], backup);
                    aside.Add((backup, targets[i]));
                }

                fs.Move(staged[i], targets[i]);
                moved.Add(targets[i]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            RollBack(fs, moved, aside, stage, created);
            // Without -Force a file is only ever moved to a name that is free: if the name is taken now, another
            // export (or program) got there first.
            var taken = committing && e is IOException && !force && fs.Exists(current);
            throw new ExportException(
                e is UnauthorizedAccessException ? ExportFault.AccessDenied : taken ? ExportFault.TargetNotEmpty : ExportFault.WriteFailed,
                current, string.Format(CultureInfo.InvariantCulture,
                    "Cannot write '{0}': {1} Nothing was written; the folder is as it was.", current, e.Message), e);
        }

        try
        {
            fs.DeleteFolder(stage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every file is in place; what is left is the staging folder with the replaced files.
        }

        return targets;
    }

    private static string Relative(string folder, string path) =>
        path.Substring(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Length + 1)
            .Replace(Path.DirectorySeparatorChar, '/');

    // Creates a folder and the missing ones above it, noting each it created (the deepest last).
    private static void CreateFolders(IExportFileSystem fs, string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var at = folder; !string.IsNullOrEmpty(at) && !fs.Exists(at); at = Path.GetDirectoryName(at))
        {
            missing.Push(at);
        }

        while (missing.Count > 0)
        {
            var next = missing.Pop();
            fs.CreateFolder(next);
            created.Add(next);
        }
    }

    private static void RollBack(IExportFileSystem fs, List<string> moved, List<(string Backup, string Target)> aside,
        string? stage, List<string> created)
    {
        foreach (var target in moved.AsEnumerable().Reverse())
        {
            Try(() => fs.DeleteFile(target));
        }

        foreach (var (backup, target) in aside.AsEnumerable().Reverse())
        {
            Try(() => fs.Move(backup, target));
        }

        if (stage is not null)
        {
            Try(() => fs.DeleteFolder(stage));
        }

        foreach (var folder in created.AsEnumerable().Reverse())
        {
            Try(() => fs.DeleteEmptyFolder(folder));
        }
    }

    private static void Try(Action undo)
    {
        try
        {
            undo();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The undo goes on with the rest; the error reported is the one that started it.
        }
    }
}
