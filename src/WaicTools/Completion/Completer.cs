using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Completion;

/// <summary>
/// The shared rule of every completer: drop the quote the user typed, keep the candidates that start with the typed
/// text (any case, culture-invariant) or have an alias that does, escape wildcard characters where the parameter
/// takes wildcards (a name with '[' is matched as written), and quote the ones that need it.
/// </summary>
internal static class Completer
{
    public static IEnumerable<CompletionResult> Complete(string? wordToComplete, IEnumerable<string?> candidates,
        string toolTipPrefix, bool keepOrder = false, IEnumerable<(string Name, string Alias)>? aliases = null,
        bool escapeWildcards = false)
    {
        var typed = Unquote(wordToComplete ?? string.Empty);
        if (escapeWildcards)
        {
            typed = WildcardPattern.Unescape(typed);
        }

        bool Starts(string text) => text.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
        var names = candidates.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // A name found through an alias the user began: 'Atl' offers the system whose alias starts so.
        var byAlias = (aliases ?? Enumerable.Empty<(string Name, string Alias)>())
            .Where(a => Starts(a.Alias) && !Starts(a.Name))
            .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Alias, StringComparer.OrdinalIgnoreCase);
        var matches = names.Where(c => Starts(c) || byAlias.ContainsKey(c));
        return (keepOrder ? matches : matches.OrderBy(c => c, StringComparer.OrdinalIgnoreCase))
            .Select(c => new CompletionResult(Quote(escapeWildcards ? WildcardPattern.Escape(c) : c), c,
                CompletionResultType.ParameterValue,
                toolTipPrefix + c + (byAlias.TryGetValue(c, out var alias) ? " (also " + alias + ")" : "")))
            .ToArray();
    }

    /// <summary>Each record's name with each of its aliases, for completing a name by an alias.</summary>
    public static IEnumerable<(string Name, string Alias)> AliasesOf(IEnumerable<Record> records) =>
        records.SelectMany(r => r.Aliases.Select(a => (r.Name, a)));

    /// <summary>Quotes a value when PowerShell would otherwise split or interpret it.</summary>
    public static string Quote(string value)
    {
        var plain = value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
        return plain && !value.StartsWith("-", StringComparison.Ordinal)
            ? value
            : "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
    }

    private static string Unquote(string word)
    {
        var text = word.Trim();
        if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
        {
            text = text.Substring(1);
            if (text.Length > 0 && text[text.Length - 1] == word.Trim()[0])
            {
                text = text.Substring(0, text.Length - 1);
            }
        }

        return text;
    }

    /// <summary>The dataset, or null when it cannot be read (a completer must never throw).</summary>
    public static Dataset? TryDataset()
    {
        try
        {
            return DatasetStore.Current;
        }
        catch (DatasetException)
        {
            return null;
        }
    }

    /// <summary>The values already typed for another parameter, as strings.</summary>
    public static string[] Bound(IDictionary? fakeBoundParameters, string parameter)
    {
        if (fakeBoundParameters is null || !fakeBoundParameters.Contains(parameter))
        {
            return Array.Empty<string>();
        }

        var value = fakeBoundParameters[parameter];
        value = value is PSObject p ? p.BaseObject : value;
        return value switch
        {
            null => Array.Empty<string>(),
            string s => new[] { s },
            IEnumerable items => items.Cast<object?>()
                .Select(i => (i is PSObject q ? q.BaseObject : i)?.ToString())
                .OfType<string>()
                .ToArray(),
            _ => new[] { value.ToString() ?? string.Empty },
        };
    }
}
