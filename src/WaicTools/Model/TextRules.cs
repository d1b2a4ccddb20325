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
    public static string? NameProblem(string name)
    {
        if (name.Length > 0 && name[0] is '=' or '+' or '-' or '@')
        {
            return $"The name begins with '{name[0]}', which a spreadsheet reads as a formula; a name may not begin with =, +, - or @.";
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (IsHidden(name[i]))
            {
                return FormattableString.Invariant(
                    $"The name holds the character {CodePoint(name[i])} at position {i + 1}; a name may not hold control, format, bidirectional or line-break characters.");
            }
        }

        return null;
    }

    /// <summary>What is wrong with a text other than a name, or null when nothing is.</summary>
    public static string? TextProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            var allowed = c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            if (!allowed && (char.GetUnicodeCategory(c) == UnicodeCategory.Control || IsBidiControl(c)))
            {
                return FormattableString.Invariant(
                    $"The text holds the character {CodePoint(c)} at position {i + 1}; a text may hold line breaks but no other control character and no bidirectional control.");
            }
        }

        return null;
    }

    /// <summary>
    /// A text as it may be shown in an error or a warning: every control, format, bidirectional and line-break
    /// character written as \uXXXX.
    /// </summary>
    public static string Escape(string text)
    {
        var at = 0;
        while (at < text.Length && !IsHidden(text[at]))
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
            var c = text[at];
            if (IsHidden(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The key two names are compared by (with ordinal case-insensitive comparison): compatibility-composed (NFKC),
    /// so that "Café" composed and decomposed, or "ﬁ" and "fi", are one name.
    /// </summary>
    public static string NameKey(string name)
    {
        if (IsAscii(name))
        {
            return name;
        }

        try
        {
            return name.Normalize(NormalizationForm.FormKC);
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

    // Control (C0, DEL, C1), format (zero-width, bidi marks and overrides, BOM) and line and paragraph separators.
    private static bool IsHidden(char c)
    {
        if (c is >= ' ' and < '\u007F')
        {
            return false;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
