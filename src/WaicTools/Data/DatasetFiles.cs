using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace WaicTools.Data;

/// <summary>What a path names, as far as reading a dataset file is concerned.</summary>
internal enum FileKind
{
    /// <summary>A regular file (or a link to one).</summary>
    Regular,

    /// <summary>A folder (or a link to one).</summary>
    Directory,

    /// <summary>A pipe, device, socket or anything else that is no regular file.</summary>
    Special,

    /// <summary>Nothing, or a link to nothing.</summary>
    Missing,
}

/// <summary>
/// Reads dataset files from disk: only regular files, never more than the size limit plus one byte whatever the file
/// claims its length is, and stopping when asked. The loader itself reads bytes and never touches the file system.
/// </summary>
internal static class DatasetFiles
{
    private const int Chunk = 1 << 20;

    /// <summary>What <paramref name="path"/> names, following links.</summary>
    public static FileKind KindOf(string path)
    {
        if (UnixMode(path) is int mode)
        {
            return mode < 0 ? FileKind.Missing : (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Special,
            };
        }

        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        try
        {
            return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? FileKind.Special : FileKind.Regular;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileKind.Missing;
        }
    }

    /// <summary>
    /// The bytes of a regular file, read in chunks: at most <paramref name="limit"/> bytes, or
    /// <see cref="FileTooLargeException"/> on the byte after them. Throws <see cref="OperationCanceledException"/>
    /// between chunks when <paramref name="cancel"/> is set.
    /// </summary>
    public static byte[] Read(string path, long limit, CancellationToken cancel)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var claimed = stream.CanSeek ? stream.Length : 0;
        if (claimed > limit)
        {
            throw new FileTooLargeException(claimed);
        }

        // The length a file claims is a hint for the buffer, never a bound: a file may grow while it is read.
        var buffer = new byte[Math.Max(claimed, 1) + 1];
        var length = 0;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit + 1));
            }

            var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, Chunk));
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > limit)
            {
                throw new FileTooLargeException(length);
            }
        }

        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return buffer;
    }

    // The file type bits of stat(2), through the runtime's own native shim (libSystem.Native, which every .NET on
    // Linux and macOS loads), whose status structure begins with two 32-bit fields: flags, then mode. -1 when the
    // path names nothing (or a link to nothing); null on Windows or when the shim cannot be called.
    private static int? UnixMode(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || !s_shim)
        {
            return null;
        }

        try
        {
            var status = new byte[256]; // larger than the structure of any runtime version
            return Stat(NativePath(path), status) == 0 ? BitConverter.ToInt32(status, 4) : -1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            s_shim = false;
            return null;
        }
    }

    private static bool s_shim = true;

    /// <summary>A path as the native shim takes it: UTF-8 with a terminating NUL.</summary>
    internal static byte[] NativePath(string path)
    {
        var utf8 = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, utf8, 0);
        return utf8;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] utf8Path, byte[] status);
}

/// <summary>A file with more bytes than the limit; <see cref="Length"/> is how many were seen.</summary>
internal sealed class FileTooLargeException : IOException
{
    public FileTooLargeException(long length) : base("The file is larger than the limit.") => Length = length;

    public long Length { get; }
}
