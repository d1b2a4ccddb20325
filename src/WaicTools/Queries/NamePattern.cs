using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// One user-typed name: an exact name or a PowerShell wildcard. Matching ignores case the same way on
/// every machine: under tr-TR, 'CLOUDMATRIX' still matches 'CloudMatrix'.
/// </summary>
internal sealed class NamePattern
{
    private const WildcardOptions Options = WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant;

    private readonly WildcardPattern _pattern;

    public NamePattern(string text)
    {
        Text = text;
        IsWildcard = WildcardPattern.ContainsWildcardCharacters(text);
        _pattern = new WildcardPattern(text, Options);
    }

    /// <summary>What the user typed.</summary>
    public string Text { get; }

    /// <summary>The text with wildcard escapes removed, for exact lookups.</summary>
    public string Literal => WildcardPattern.Unescape(Text);

    /// <summary>True when the text has wildcard characters; such a pattern may match nothing quietly.</summary>
    public bool IsWildcard { get; }

    public bool IsMatch(string? value) => value is not null && _pattern.IsMatch(value);

    public bool IsMatchAny(IEnumerable<string> values) => values.Any(IsMatch);

    public static NamePattern[] From(IEnumerable<string>? texts) =>
        texts?.Select(t => new NamePattern(t)).ToArray() ?? System.Array.Empty<NamePattern>();

    /// <summary>True when no filter was given, or when any pattern matches the value.</summary>
    public static bool Filter(NamePattern[] patterns, string? value) =>
        patterns.Length == 0 || patterns.Any(p => p.IsMatch(value));

    /// <summary>True when no filter was given, or when any pattern matches any of the values.</summary>
    public static bool FilterAny(NamePattern[] patterns, IEnumerable<string> values) =>
        patterns.Length == 0 || patterns.Any(p => p.IsMatchAny(values));
}
