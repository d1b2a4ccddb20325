using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// The known value closest to a text that matched nothing, for the warning or error that names it ("Huawai" gives
/// "Huawei"). Compared as names are (culture-invariant, any case), by edit distance with a swap of two neighbours
/// counted as one edit; a value the text starts or ends is close too.
/// </summary>
internal static class Suggestion
{
    /// <summary>The closest known value; null when none is close enough to be what was meant.</summary>
    public static string? Closest(string text, IEnumerable<string> known) => Nearest(text, known).FirstOrDefault();

    /// <summary>
    /// The known values closest to the text, all equally close, in the order given; empty when none is close enough.
    /// A value the text starts (or that starts the text) counts as one edit away, and at the same distance wins over
    /// others ('Ascend 910' gives 'Ascend 910B' and 'Ascend 910C', not 'Ascend 960').
    /// </summary>
    public static IReadOnlyList<string> Nearest(string text, IEnumerable<string> known)
    {
        var typed = Key(text);
        var best = new List<string>();
        if (typed.Length == 0)
        {
            return best;
        }

        var bestRank = (Distance: int.MaxValue, NotPrefix: true);
        var keys = new HashSet<string>(StringComparer.Ordinal); // 'Nvidia' and its alias 'NVIDIA' are one suggestion
        foreach (var candidate in known.Distinct(StringComparer.Ordinal))
        {
            var key = Key(candidate);
            // A value the text starts, that starts the text, or (from three characters on) holds it: '910C' is 'Ascend 910C'.
            var isPrefix = key.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(key, StringComparison.Ordinal)
                || (typed.Length >= 3 && key.IndexOf(typed, StringComparison.Ordinal) >= 0);
            var distance = isPrefix ? Math.Min(Distance(typed, key), 1) : Distance(typed, key);
            // Up to a third of the longer text may differ, at least one edit and at most three.
            var allowed = Math.Max(1, Math.Min(3, Math.Max(typed.Length, key.Length) / 3));
            if (distance > allowed)
            {
                continue;
            }

            var rank = (distance, !isPrefix);
            if (rank.CompareTo(bestRank) < 0)
            {
                best.Clear();
                keys.Clear();
                bestRank = rank;
            }

            if (rank.CompareTo(bestRank) == 0 && keys.Add(key))
            {
                best.Add(candidate);
            }
        }

        return best;
    }

    /// <summary>
    /// " Did you mean 'Huawei'?" (with its leading space), or " Did you mean 'Ascend 910B' or 'Ascend 910C'?" where
    /// up to three are equally close; empty when nothing known is close.
    /// </summary>
    public static string Text(string text, IEnumerable<string> known)
    {
        var nearest = Nearest(text, known);
        if (nearest.Count == 0)
        {
            return "";
        }

        var shown = nearest.Take(3).Select(n => "'" + n + "'").ToArray();
        return " Did you mean " + (shown.Length == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Length - 1)) + " or " + shown[shown.Length - 1]) + "?";
    }

    // Names compare by their NFKC key, in the invariant culture's lower case.
    private static string Key(string text) => TextRules.NameKey(text.Trim()).ToLowerInvariant();

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
