using System;
using System.Collections.Generic;

namespace WaicTools.Model;

/// <summary>
/// How a kind's records are listed: by a number (a count, a date), then by a text; records equal in both keep the
/// order they came in. Each key is worked out once per record, then the records are sorted by the keys.
/// </summary>
internal sealed class RecordOrder
{
    private readonly Func<Record, double>? _number;
    private readonly bool _descending;
    private readonly Func<Record, string>? _text;
    private readonly StringComparer _textComparer;

    private RecordOrder(Func<Record, double>? number, bool descending, Func<Record, string>? text, StringComparer textComparer)
    {
        _number = number;
        _descending = descending;
        _text = text;
        _textComparer = textComparer;
    }

    /// <summary>By name, ignoring case.</summary>
    public static RecordOrder ByName { get; } = new(null, false, r => r.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>By a number, smallest first (or largest first when <paramref name="descending"/>).</summary>
    public static RecordOrder By(Func<Record, double> number, bool descending = false) =>
        new(number, descending, null, StringComparer.Ordinal);

    /// <summary>Then, for records with the same number, by a text.</summary>
    public RecordOrder ThenBy(Func<Record, string> text, StringComparer comparer) => new(_number, _descending, text, comparer);

    /// <summary>Then by name, ignoring case.</summary>
    public RecordOrder ThenByName() => ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The records in this order, as a new array.</summary>
    public Record[] Sort(IReadOnlyList<Record> records)
    {
        var count = records.Count;
        var numbers = new double[count];
        var texts = new string[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            numbers[i] = _number is null ? 0 : _descending ? -_number(records[i]) : _number(records[i]);
            texts[i] = _text is null ? "" : _text(records[i]);
        }

        if (count > 1)
        {
            MergeSort(order, new int[count], 0, count, numbers, texts);
        }

        var sorted = new Record[count];
        for (var i = 0; i < count; i++)
        {
            sorted[i] = records[order[i]];
        }

        return sorted;
    }

    // Negative when the record at a comes first; the position decides between records equal in both keys.
    private int Compare(int a, int b, double[] numbers, string[] texts)
    {
        var byNumber = numbers[a].CompareTo(numbers[b]);
        if (byNumber != 0)
        {
            return byNumber;
        }

        var byText = _textComparer.Compare(texts[a], texts[b]);
        return byText != 0 ? byText : a.CompareTo(b);
    }

    // A plain merge sort of positions (no generic code over a value type on the path of the first load).
    private void MergeSort(int[] items, int[] scratch, int from, int to, double[] numbers, string[] texts)
    {
        if (to - from < 2)
        {
            return;
        }

        var middle = from + ((to - from) / 2);
        MergeSort(items, scratch, from, middle, numbers, texts);
        MergeSort(items, scratch, middle, to, numbers, texts);
        if (Compare(items[middle - 1], items[middle], numbers, texts) <= 0)
        {
            return; // already in order, as the files often are
        }

        Array.Copy(items, from, scratch, from, to - from);
        int left = from, right = middle, next = from;
        while (left < middle && right < to)
        {
            items[next++] = Compare(scratch[right], scratch[left], numbers, texts) < 0 ? scratch[right++] : scratch[left++];
        }

        while (left < middle)
        {
            items[next++] = scratch[left++];
        }

        while (right < to)
        {
            items[next++] = scratch[right++];
        }
    }
}
