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
        // Compared as names are: compatibility-composed and case-folded (TextRules.NameKey), so a full-width or
        // decomposed pattern finds what it looks like.
        _pattern = new WildcardPattern(TextRules.NameKey(text), Options);
        IsValid = !IsWildcard || ProblemOf(_pattern) is null;
    }

    /// <summary>False for a text that is no valid wildcard pattern (such as "["): it matches nothing.</summary>
    public bool IsValid { get; }

    /// <summary>Why a text is no valid wildcard pattern, or null when it is one.</summary>
    public static string? Problem(string text)
    {
        if (!WildcardPattern.ContainsWildcardCharacters(text))
        {
            return null;
        }

        return ProblemOf(new WildcardPattern(text, Options));
    }

    private static string? ProblemOf(WildcardPattern pattern)
    {
        try
        {
            pattern.IsMatch(""); // the pattern is parsed on its first use
            return null;
        }
        catch (WildcardPatternException e)
        {
            return e.Message;
        }
    }

    /// <summary>What the user typed.</summary>
    public string Text { get; }

    /// <summary>The text with wildcard escapes removed, for exact lookups.</summary>
    public string Literal => WildcardPattern.Unescape(Text);

    /// <summary>True when the text has wildcard characters; such a pattern may match nothing quietly.</summary>
    public bool IsWildcard { get; }

    public bool IsMatch(string? value) => IsValid && value is not null && _pattern.IsMatch(TextRules.NameKey(value));

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
