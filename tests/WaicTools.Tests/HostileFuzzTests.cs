using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Text.Json;
using WaicTools.Commands;
using WaicTools.Data;
using WaicTools.Model;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// Hostile damage to the embedded files (fixed seed, bounded count), of the kinds an attacker would try: a name given
/// twice in one object, control and bidirectional characters in any text, and files that are no regular files.
/// None loads what it should not, none changes the dataset, no message shows a control character.
/// </summary>
public class HostileFuzzTests
{
    private const int Seed = 20250728;
    private const int Rounds = 300;

    private static readonly (string File, byte[] Bytes)[] s_files = DatasetLoader.EmbeddedFiles
        .Select(f => (f, File.ReadAllBytes(Path.Combine(TestData.DataFolder, f))))
        .ToArray();

    private static readonly string[] s_hidden =
    {
        "\\u001B[2J", "\\u001B]8;;https://example.com\\u0007", "\\u0007", "\\u0000", "\\r", "\\t", "\\n", "\\u202E",
        "\\u2066", "\\u200B", "\\uFEFF", "\\u009B", "\\u2028", "\u202E", "\u200B",
    };

    // Where each object with a property starts and that property's name as written, and where string values (not
    // names) start, in a file.
    private static (List<(int At, string Name)> Objects, List<int> Strings) Positions(byte[] bytes)
    {
        var objects = new List<(int, string)>();
        var strings = new List<int>();
        var reader = new Utf8JsonReader(bytes);
        var opened = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                opened = (int)reader.TokenStartIndex;
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName && opened >= 0)
            {
                objects.Add((opened, Encoding.UTF8.GetString(bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length + 2)));
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                strings.Add((int)reader.TokenStartIndex);
            }

            opened = -1;
        }

        return (objects, strings);
    }

    [Fact]
    public void ARepeatedNameIsAlwaysRefusedAndAHiddenCharacterNeverShown()
    {
        var random = new Random(Seed);
        var (repeats, hidden, hiddenRefused) = (0, 0, 0);
        for (var round = 0; round < Rounds; round++)
        {
            var victim = random.Next(s_files.Length);
            var bytes = s_files[victim].Bytes;
            var (objects, strings) = Positions(bytes);
            string damaged;
            var repeat = random.Next(2) == 0;
            if (repeat)
            {
                // The object's first name again, before it: `{ "k": null, "k": ...`.
                var (at, name) = objects[random.Next(objects.Count)];
                damaged = Encoding.UTF8.GetString(bytes.Take(at + 1).Concat(Encoding.UTF8.GetBytes($" {name}: null,"))
                    .Concat(bytes.Skip(at + 1)).ToArray());
                repeats++;
            }
            else
            {
                var at = strings[random.Next(strings.Count)] + 1; // a byte offset: the files are not all ASCII
                damaged = Encoding.UTF8.GetString(bytes.Take(at).Concat(Encoding.UTF8.GetBytes(s_hidden[random.Next(s_hidden.Length)]))
                    .Concat(bytes.Skip(at)).ToArray());
                hidden++;
            }

            var files = s_files.Select((f, i) => (f.File, i == victim ? Encoding.UTF8.GetBytes(damaged) : f.Bytes)).ToArray();
            Dataset? loaded = null;
            DatasetException? refused = null;
            try
            {
                loaded = DatasetLoader.Compose(new[] { DatasetLoader.ParseLayer("fuzz", files) }, new List<string>());
            }
            catch (DatasetException e)
            {
                refused = e;
            }

            var where = $"round {round} ({s_files[victim].File})";
            if (repeat)
            {
                Assert.True(refused is not null, $"{where}: a repeated name loaded");
                Assert.Contains("given more than once", refused!.Message);
            }
            else if (refused is not null)
            {
                hiddenRefused++;
                Assert.DoesNotContain(refused.Message, c => TextRules.Escape(c.ToString()) != c.ToString());
            }
            else
            {
                foreach (var record in loaded!.AllRecords())
                {
                    Assert.All(record.Names, n => Assert.Null(TextRules.NameProblem(n)));
                }
            }
        }

        // Both kinds were tried, and hidden characters were refused in some places and allowed (notes) in others.
        Assert.True(repeats > 100 && hidden > 100, $"{repeats} repeats, {hidden} hidden characters");
        Assert.InRange(hiddenRefused, 50, hidden - 5);
    }

    [Fact]
    public void AFolderWithAFileThatIsNoRegularFileIsRefusedAtOnceAndChangesNothing()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // pipes and device links are made with mkfifo and ln, which Windows does not have
        }

        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Import-WaicDataset", typeof(ImportWaicDatasetCommand), null));
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        var random = new Random(Seed);
        var root = Path.Combine(Path.GetTempPath(), "waic-special-" + Guid.NewGuid().ToString("N"));
        var kinds = new[] { "pipe", "link to /dev/zero", "link to /dev/urandom", "link to nothing" };
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var folder = Path.Combine(root, round.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                foreach (var (file, bytes) in s_files)
                {
                    File.WriteAllBytes(Path.Combine(folder, file), bytes);
                }

                var victim = Path.Combine(folder, s_files[random.Next(s_files.Length)].File);
                var kind = kinds[round % kinds.Length];
                File.Delete(victim);
                switch (kind)
                {
                    case "pipe":
                        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", victim))
                        {
                            mkfifo.WaitForExit();
                            Assert.Equal(0, mkfifo.ExitCode);
                        }

                        break;
                    default:
                        File.CreateSymbolicLink(victim, kind == "link to nothing" ? Path.Combine(folder, "gone") : kind.Substring(8));
                        break;
                }

                var before = DatasetStore.Current;
                using var ps = PowerShell.Create();
                ps.Runspace = runspace;
                ps.AddCommand("Import-WaicDataset").AddParameter("Path", folder).AddParameter("Replace");
                var run = ps.BeginInvoke();
                Assert.True(run.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10)), $"round {round}: a {kind} blocked the import");
                var error = Assert.IsAssignableFrom<RuntimeException>(Xunit.Record.Exception(() => ps.EndInvoke(run))).ErrorRecord;

                var expected = kind == "link to nothing" ? "DatasetFileNotFound" : "DatasetFileNotRegular";
                Assert.StartsWith(expected + ",", error.FullyQualifiedErrorId);
                Assert.Same(before, DatasetStore.Current);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
