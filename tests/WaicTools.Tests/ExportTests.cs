using System.Text;
using WaicTools.Data;
using Xunit;

namespace WaicTools.Tests;

/// <summary>Export writes every file or none, whatever fails and wherever.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "waic-export-" + Guid.NewGuid().ToString("N"));

    public ExportTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly IReadOnlyList<(string File, byte[] Utf8)> Files =
        DatasetWriter.Serialize(DatasetLoader.LoadEmbedded());

    /// <summary>The disk, with one operation (counted from 0) failing: a write stops half way, as on a full disk.</summary>
    private sealed class FaultyFileSystem : IExportFileSystem
    {
        private readonly int _failAt;
        private int _count;

        public FaultyFileSystem(int failAt) => _failAt = failAt;

        public bool Failed { get; private set; }

        private void Step(Action partly = null!)
        {
            if (_count++ == _failAt)
            {
                Failed = true;
                partly?.Invoke();
                throw new IOException("No space left on device");
            }
        }

        private static DiskFileSystem Disk => DiskFileSystem.Instance;
        public bool Exists(string path) => Disk.Exists(path);
        public bool IsFolder(string path) => Disk.IsFolder(path);
        public bool LeadsToFolder(string path) => Disk.LeadsToFolder(path);
        public void CreateFolder(string path) { Step(); Disk.CreateFolder(path); }

        public void WriteNew(string path, byte[] bytes)
        {
            Step(() => File.WriteAllBytes(path, bytes.Take(bytes.Length / 2).ToArray()));
            Disk.WriteNew(path, bytes);
        }

        public void Move(string from, string to) { Step(); Disk.Move(from, to); }
        public void DeleteFile(string path) { Step(); Disk.DeleteFile(path); }
        public void DeleteFolder(string path) { Step(); Disk.DeleteFolder(path); }
        public void DeleteEmptyFolder(string path) { Step(); Disk.DeleteEmptyFolder(path); }
    }

    // Everything under the root: each file's bytes, each folder, each link's target.
    private string Snapshot()
    {
        var text = new StringBuilder();
        foreach (var entry in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).OrderBy(e => e, StringComparer.Ordinal))
        {
            var info = new FileInfo(entry);
            text.Append(entry.Substring(_root.Length)).Append(" = ");
            if (info.LinkTarget is { } target)
            {
                text.Append("link to ").Append(target);
            }
            else if (Directory.Exists(entry))
            {
                text.Append("folder");
            }
            else
            {
                text.Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry))));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private int FailEachStepInTurn(string folder, bool force)
    {
        var before = Snapshot();
        for (var step = 0; ; step++)
        {
            var fs = new FaultyFileSystem(step);
            try
            {
                DatasetExport.Write(fs, folder, Files, force);
            }
            catch (ExportException e)
            {
                Assert.True(fs.Failed);
                Assert.Equal(ExportFault.WriteFailed, e.Fault);
                Assert.Contains("Nothing was written", e.Message);
                Assert.Equal(before, Snapshot());
                continue;
            }

            foreach (var (file, utf8) in Files)
            {
                Assert.Equal(utf8, File.ReadAllBytes(Path.Combine(folder, file)));
            }

            if (fs.Failed)
            {
                // The fault hit the last step, removing the staging folder: every file is in place, and the staging
                // folder is left (a later export does not mind it).
                var left = Assert.Single(Directory.GetDirectories(folder, DatasetExport.StagingPrefix + "*"));
                Directory.Delete(left, recursive: true);
            }

            return step;
        }
    }

    [Fact]
    public void AFaultAtAnyStepOfAnExportIntoANewFolderLeavesNothing()
    {
        var steps = FailEachStepInTurn(Path.Combine(_root, "out", "data"), force: false);

        Assert.True(steps > Files.Count * 2, $"only {steps} steps were tried");
        var written = Directory.GetFiles(Path.Combine(_root, "out", "data"), "*", SearchOption.AllDirectories);
        Assert.Equal(Files.Count, written.Length);
    }

    [Fact]
    public void AFaultAtAnyStepOfAnExportWithForceLeavesTheEarlierFilesAsTheyWere()
    {
        var folder = Path.Combine(_root, "data");
        var older = Files.Select(f => (f.File, Encoding.UTF8.GetBytes("{ \"older\": true }"))).ToArray();
        DatasetExport.Write(DiskFileSystem.Instance, folder, older, force: false);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        FailEachStepInTurn(folder, force: true);

        Assert.Equal(Files[1].Utf8, File.ReadAllBytes(Path.Combine(folder, Files[1].File)));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Empty(Directory.GetDirectories(folder, DatasetExport.StagingPrefix + "*"));
    }

    [Fact]
    public void WithoutForceAnExistingFileIsRefusedAndNothingIsWritten()
    {
        var folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "citations.json"), "mine");
        var before = Snapshot();

        var e = Assert.Throws<ExportException>(() => DatasetExport.Write(DiskFileSystem.Instance, folder, Files, force: false));

        Assert.Equal(ExportFault.TargetNotEmpty, e.Fault);
        Assert.Contains("citations.json", e.Message);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AFolderWhereADatasetFileGoesIsRefusedEvenWithForce()
    {
        var folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(Path.Combine(folder, "clusters.json"));
        var before = Snapshot();

        var e = Assert.Throws<ExportException>(() => DatasetExport.Write(DiskFileSystem.Instance, folder, Files, force: true));

        Assert.Equal(ExportFault.TargetNotEmpty, e.Fault);
        Assert.Contains("is a folder", e.Message);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void ATargetThatIsAFileIsRefused()
    {
        var file = Path.Combine(_root, "data");
        File.WriteAllText(file, "mine");

        var e = Assert.Throws<ExportException>(() => DatasetExport.Write(DiskFileSystem.Instance, file, Files, force: true));

        Assert.Equal(ExportFault.TargetNotFolder, e.Fault);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void ForceReplacesALinkInTheFolderAndNeverWritesThroughIt()
    {
        var folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(folder);
        var outside = Path.Combine(_root, "outside.txt");
        File.WriteAllText(outside, "not yours");
        File.CreateSymbolicLink(Path.Combine(folder, "clusters.json"), outside);

        DatasetExport.Write(DiskFileSystem.Instance, folder, Files, force: true);

        Assert.Equal("not yours", File.ReadAllText(outside));
        var clusters = new FileInfo(Path.Combine(folder, "clusters.json"));
        Assert.Null(clusters.LinkTarget);
        Assert.Equal(Files.Single(f => f.File == "clusters.json").Utf8, File.ReadAllBytes(clusters.FullName));
    }

    [Fact]
    public void OfTwoExportsIntoOneFolderWithoutForceTheSecondIsRefused()
    {
        // The second export stages its files while the first is already in place: its first move finds the name
        // taken, so it is refused and removes what it staged.
        var folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(folder);
        var racing = new RacingFileSystem(() => DatasetExport.Write(DiskFileSystem.Instance, folder, Files, force: false));

        var e = Assert.Throws<ExportException>(() => DatasetExport.Write(racing, folder, Files, force: false));

        Assert.Equal(ExportFault.TargetNotEmpty, e.Fault);
        Assert.Equal(Files.Count, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetDirectories(folder, DatasetExport.StagingPrefix + "*"));
    }

    [Fact]
    public void AMoveNeverReplacesAFileThatIsThere()
    {
        // The disk's move is link-then-unlink: a name another program has taken, even a moment before, stays its own.
        var (from, to) = (Path.Combine(_root, "staged"), Path.Combine(_root, "taken"));
        File.WriteAllText(from, "ours");
        File.WriteAllText(to, "theirs");

        Assert.ThrowsAny<IOException>(() => DiskFileSystem.Instance.Move(from, to));

        Assert.Equal("theirs", File.ReadAllText(to));
        Assert.Equal("ours", File.ReadAllText(from));
        DiskFileSystem.Instance.Move(from, Path.Combine(_root, "free"));
        Assert.False(File.Exists(from));
        Assert.Equal("ours", File.ReadAllText(Path.Combine(_root, "free")));
    }

    /// <summary>The disk, with another export run just before the first file is moved into place.</summary>
    private sealed class RacingFileSystem : IExportFileSystem
    {
        private Action? _other;

        public RacingFileSystem(Action other) => _other = other;

        private static DiskFileSystem Disk => DiskFileSystem.Instance;
        public bool Exists(string path) => Disk.Exists(path);
        public bool IsFolder(string path) => Disk.IsFolder(path);
        public bool LeadsToFolder(string path) => Disk.LeadsToFolder(path);
        public void CreateFolder(string path) => Disk.CreateFolder(path);
        public void WriteNew(string path, byte[] bytes) => Disk.WriteNew(path, bytes);

        public void Move(string from, string to)
        {
            var other = _other;
            _other = null;
            other?.Invoke();
            Disk.Move(from, to);
        }

        public void DeleteFile(string path) => Disk.DeleteFile(path);
        public void DeleteFolder(string path) => Disk.DeleteFolder(path);
        public void DeleteEmptyFolder(string path) => Disk.DeleteEmptyFolder(path);
    }
}
