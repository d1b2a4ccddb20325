using System;
using System.Globalization;
using System.Text;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// A dataset file that cannot be used, with the place of the fault: file, record, field and,
/// for JSON syntax errors, line and position.
/// </summary>
public sealed class DatasetException : Exception
{
    internal DatasetException(string? file, string? recordId, string? field, string problem,
        long? line = null, long? position = null, Exception? inner = null, bool limit = false)
        : base(Compose(file, recordId, field, problem, line, position), inner)
    {
        ExceedsLimit = limit;
        File = file;
        RecordId = recordId;
        Field = field;
        Problem = problem;
        Line = line;
        Position = position;
    }

    /// <summary>
    /// True when the file is refused for its size rather than its content: a file, object, list, figure or text
    /// larger than the documented limits.
    /// </summary>
    public bool ExceedsLimit { get; }

    /// <summary>The dataset file at fault, if known.</summary>
    public string? File { get; }

    /// <summary>The id of the record at fault, if known.</summary>
    public string? RecordId { get; }

    /// <summary>The field at fault, if known.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>1-based line of a JSON syntax error.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position in the line of a JSON syntax error.</summary>
    public long? Position { get; }

    private static string Compose(string? file, string? recordId, string? field, string problem, long? line,
        long? position)
    {
        var where = new StringBuilder();
        if (file is not null)
        {
            where.Append(FormattableString.Invariant($"'{file}'"));
        }

        if (line is not null)
        {
            where.Append(FormattableString.Invariant($" line {line}, position {position}"));
        }

        if (recordId is not null)
        {
            where.Append(FormattableString.Invariant($"{(where.Length > 0 ? ", " : "")}record '{recordId}'"));
        }

        if (field is not null)
        {
            where.Append(FormattableString.Invariant($"{(where.Length > 0 ? ", " : "")}field '{field}'"));
        }

        // The parts echo what the file holds; shown escaped, none can drive the terminal that prints the message.
        return TextRules.Escape(where.Length == 0 ? problem : string.Concat(where.ToString(), ": ", problem));
    }
}
