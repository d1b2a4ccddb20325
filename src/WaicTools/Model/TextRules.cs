using System;
using System.Globalization;
using System.Text;

namespace WaicTools.Model;

/// <summary>
/// What a text of the dataset may hold, so that nothing it shows can drive a terminal or a spreadsheet, and the key
/// two names are compared by. Names (a record's name, aliases, Chinese name) hold no control, format, bidirectional
/// or line-separator characters and do not begin with a character a spreadsheet reads as a formula; other texts
/// (notes, titles, descriptions) hold no control character but the line feed, and no bidirectional control.
/// </summary>
internal static class TextRules
{
    /// <summary>What is wrong with a name, or null when nothing is.</summary>
    public static string? NameProblem(string name) => FormulaProblem(name, "name") ?? HiddenProblem(name, name: true);

    /// <summary>What is wrong with a text other than a name, or null when nothing is.</summary>
    public static string? TextProblem(string text) => FormulaProblem(text, "text") ?? HiddenProblem(text, name: false);

    // A spreadsheet runs a cell that begins with one of these as a formula, once the text is exported to CSV.
    private static string? FormulaProblem(string text, string what) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@'
            ? $"The {what} begins with '{text[0]}', which a spreadsheet reads as a formula; a {what} may not begin with =, +, - or @."
            : null;

    // Names: no control, format, bidirectional or line-break character. Other texts: line breaks (LF, CRLF), but no
    // other control character and no bidirectional control. Characters beyond the first plane (a surrogate pair, such
    // as the tag characters from U+E0001) are judged as the one character they are.
    private static string? HiddenProblem(string text, bool name)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var refused = name
                ? IsHidden(text, i)
                : !(c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')) &&
                  (char.GetUnicodeCategory(c) == UnicodeCategory.Control || IsBidiControl(c) || (pair && IsHidden(text, i)));
            if (refused)
            {
                var what = name ? "a name may not hold control, format, bidirectional or line-break characters"
                    : "a text may hold line breaks but no other control character and no bidirectional control";
                return FormattableString.Invariant(
                    $"The {(name ? "name" : "text")} holds the character {CodePoint(text, i)} at position {i + 1}; {what}.");
            }

            if (pair)
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>
    /// A text as it may be shown in an error or a warning: every control, format, bidirectional and line-break
    /// character written as \uXXXX (a character beyond the first plane as its two halves).
    /// </summary>
    public static string Escape(string text)
    {
        var at = 0;
        while (at < text.Length && !IsHidden(text, at))
        {
            at++;
        }

        if (at == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, at);
        for (; at < text.Length; at++)
        {
            if (IsHidden(text, at))
            {
                var units = char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;
                for (var u = 0; u < units; u++)
                {
                    escaped.Append("\\u").Append(((int)text[at + u]).ToString("X4", CultureInfo.InvariantCulture));
                }

                at += units - 1;
            }
            else
            {
                escaped.Append(text[at]);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The key two names are compared by (with ordinal case-insensitive comparison): compatibility-composed (NFKC)
    /// and case-folded, so that "Café" composed and decomposed, "ﬁ" and "fi", or "GROẞ" and "groß" are one name.
    /// </summary>
    public static string NameKey(string name)
    {
        if (IsAscii(name))
        {
            return name;
        }

        try
        {
            // Upper then lower case, so that the letters whose cases do not map one to one meet: ẞ and ß, ς and σ,
            // İ and i. The comparer then ignores the case of the rest.
            return name.Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return name; // a lone surrogate (typed, never loaded): compared as it is
        }
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    // Control (C0, DEL, C1), format (zero-width, bidi marks and overrides, BOM, tag characters) and line and paragraph
    // separators, at text[i] (a surrogate pair as the one character it stands for).
    private static bool IsHidden(string text, int i)
    {
        if (text[i] is >= ' ' and < '\u007F')
        {
            return false;
        }

        return char.GetUnicodeCategory(text, i) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string CodePoint(string text, int i) =>
        "U+" + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i]).ToString("X4", CultureInfo.InvariantCulture);
}
