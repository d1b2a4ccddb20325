using System.Text;
using WaicTools.Data;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

/// <summary>
/// Random damage to valid dataset files (fixed seed, bounded count): every outcome must be a dataset or a
/// DatasetException naming what is wrong, never another exception.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20250726;
    private const int Rounds = 400;

    private static readonly (string File, byte[] Bytes)[] s_files = DatasetLoader.EmbeddedFiles
        .Select(f => (f, File.ReadAllBytes(Path.Combine(TestData.DataFolder, f))))
        .ToArray();

    private static readonly string[] s_tokens =
    {
        "null", "true", "0", "-1", "1e999", "\"\"", "[]", "{}", "\"S0\"", "\"x\"", "\"2025-13-45\"", "NaN", "\"\\uD800\"",
        "\"value\"", "\"sources\"", ",", ":", "[", "]", "{", "}", "\"", "\\", "\u00e9", "\u6a21",
    };

    [Fact]
    public void DamagedFilesGiveADatasetOrADocumentedError()
    {
        var outcomes = Outcomes(s_files).ToList();
        var loaded = outcomes.Count(o => o.EndsWith("=> loaded", StringComparison.Ordinal));

        // Both outcomes occur, so the mutations are neither all harmless nor all fatal.
        Assert.True(loaded > 10, $"only {loaded} rounds loaded");
        Assert.True(outcomes.Count - loaded > 100, $"only {outcomes.Count - loaded} rounds were refused");
    }

    /// <summary>One line per round: the file damaged and the outcome (loaded, or the loader's message).</summary>
    internal static IEnumerable<string> Outcomes((string File, byte[] Bytes)[] originals)
    {
        var random = new Random(Seed);
        for (var round = 0; round < Rounds; round++)
        {
            var victim = random.Next(originals.Length);
            var files = originals.Select((f, i) => (f.File, i == victim ? Mutate(f.Bytes, random) : f.Bytes)).ToArray();
            string outcome;
            try
            {
                var layer = DatasetLoader.ParseLayer("fuzz", files);
                DatasetLoader.Compose(new[] { layer }, new List<string>());
                outcome = "loaded";
            }
            catch (DatasetException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Problem));
                outcome = e.Message;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Round {round} ({files[victim].File}) threw {e.GetType().Name}: {e.Message}");
            }

            yield return FormattableString.Invariant($"{round} {files[victim].File} => {outcome}");
        }
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var data = bytes.ToList();
        var at = random.Next(data.Count);
        switch (random.Next(7))
        {
            case 0: // flip a byte
                data[at] = (byte)random.Next(256);
                break;
            case 1: // cut a span
                data.RemoveRange(at, Math.Min(random.Next(1, 40), data.Count - at));
                break;
            case 2: // truncate
                data.RemoveRange(at, data.Count - at);
                break;
            case 3: // insert a JSON-ish token
                data.InsertRange(at, Encoding.UTF8.GetBytes(s_tokens[random.Next(s_tokens.Length)]));
                break;
            case 4: // duplicate a span (duplicate records and ids)
                var length = Math.Min(random.Next(1, 400), data.Count - at);
                data.InsertRange(at, data.GetRange(at, length));
                break;
            case 5: // change a digit (values, source ids, dates)
                var digits = Enumerable.Range(0, data.Count).Where(i => data[i] is >= (byte)'0' and <= (byte)'9').ToArray();
                if (digits.Length > 0)
                {
                    data[digits[random.Next(digits.Length)]] = (byte)('0' + random.Next(10));
                }

                break;
            default: // replace a quoted word (field names, ids, enum values)
                var quotes = Enumerable.Range(0, data.Count).Where(i => data[i] == (byte)'"').ToArray();
                if (quotes.Length > 1)
                {
                    var q = random.Next(quotes.Length - 1);
                    var start = quotes[q] + 1;
                    data.RemoveRange(start, quotes[q + 1] - start);
                    data.InsertRange(start, Encoding.UTF8.GetBytes(new[] { "id", "value", "huawei", "High", "S1", "x", "" }[random.Next(7)]));
                }

                break;
        }

        return data.ToArray();
    }
}
