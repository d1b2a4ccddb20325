using System;
using System.Text;
using System.Text.Json;

namespace WaicTools.Data;

/// <summary>
/// The tokens of one JSON value (a record, with everything nested in it), copied from a <see cref="Utf8JsonReader"/>
/// as it passes over the file, so the loader can look fields up by name in the order its tables give them while the
/// file is read only once. A token is its index; the arrays are reused from one record to the next.
/// </summary>
internal sealed class JsonTokens
{
    private byte[] _bytes = Array.Empty<byte>();
    private int _base;

    private JsonTokenType[] _type = new JsonTokenType[256];
    private int[] _start = new int[256];   // the value's first byte (inside the quotes for texts and names)
    private int[] _length = new int[256];  // the value's length in bytes, as written
    private int[] _end = new int[256];     // the index after the token and everything nested in it
    private int[] _count = new int[256];   // properties of an object, items of an array
    private double[] _number = new double[256];
    private string?[] _text = new string?[256]; // unescaped text of an escaped name or string
    private byte[] _flags = new byte[256];
    private readonly int[] _open = new int[JsonReaderDepth];
    private int _tokens;

    private const byte Escaped = 1, BadEscape = 2, NumberOk = 4, LooksUp = 8;

    // The reader refuses nesting deeper than the loader's MaxDepth, so this many open containers always suffice.
    private const int JsonReaderDepth = DatasetLoader.MaxDepth + 2;

    /// <summary>
    /// Copies the value the reader is on, and all inside it, leaving the reader on its last token. Stops with
    /// <see cref="OverLimitException"/> at the first object, list or text over the limits, as it is read, so a
    /// record of millions of items costs no more than one at the limit; checks <paramref name="cancel"/> as it goes.
    /// </summary>
    public void Take(ref Utf8JsonReader reader, byte[] bytes, int offset, System.Threading.CancellationToken cancel = default)
    {
        _bytes = bytes;
        _base = offset;
        _tokens = 0;
        Repeat = -1;
        Oversized = -1;
        var depth = 0;
        while (true)
        {
            var type = reader.TokenType;
            if (type is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                var container = _open[--depth];
                _end[container] = _tokens;
                if (type == JsonTokenType.EndObject)
                {
                    MarkLookup(container);
                }
            }
            else
            {
                var index = Add(ref reader, type);
                if (_length[index] > DatasetLoader.MaxTextBytes)
                {
                    throw Abort(index, depth);
                }

                if ((_tokens & 0xFFFF) == 0)
                {
                    cancel.ThrowIfCancellationRequested();
                }

                if (depth > 0 && (type == JsonTokenType.PropertyName || _type[_open[depth - 1]] == JsonTokenType.StartArray))
                {
                    var parent = _open[depth - 1];
                    var count = ++_count[parent];
                    if (count > (_type[parent] == JsonTokenType.StartObject ? DatasetLoader.MaxFields : DatasetLoader.MaxItems))
                    {
                        throw Abort(parent, depth);
                    }
                }

                if (type is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _open[depth++] = index;
                }
            }

            if (depth == 0)
            {
                return;
            }

            reader.Read();
        }
    }

    // Ends the copy at a value over the limits: the containers still open end here, so paths can be worked out.
    private OverLimitException Abort(int oversized, int depth)
    {
        for (var d = 0; d < depth; d++)
        {
            _end[_open[d]] = _tokens;
        }

        Oversized = oversized;
        return new OverLimitException();
    }

    private int Add(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (_tokens == _type.Length)
        {
            Grow();
        }

        var i = _tokens++;
        _type[i] = type;
        _end[i] = i + 1;
        _count[i] = 0;
        _text[i] = null;
        byte flags = 0;
        var quoted = type is JsonTokenType.String or JsonTokenType.PropertyName;
        _start[i] = (int)reader.TokenStartIndex + (quoted ? 1 : 0);
        _length[i] = reader.ValueSpan.Length;
        if (quoted && reader.ValueIsEscaped)
        {
            flags |= Escaped;
            try
            {
                _text[i] = reader.GetString();
            }
            catch (InvalidOperationException)
            {
                flags |= BadEscape;
            }
        }
        else if (type == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            flags |= NumberOk;
            _number[i] = number;
        }

        _flags[i] = flags;
        return i;
    }

    private void Grow()
    {
        var size = _type.Length * 2;
        Array.Resize(ref _type, size);
        Array.Resize(ref _start, size);
        Array.Resize(ref _length, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _count, size);
        Array.Resize(ref _number, size);
        Array.Resize(ref _text, size);
        Array.Resize(ref _flags, size);
    }

    /// <summary>
    /// The first property name of the record that repeats an earlier name of the same object, or -1. JSON readers
    /// disagree on which of two equal names wins, so the loader refuses the record instead of choosing.
    /// </summary>
    public int Repeat { get; private set; } = -1;

    /// <summary>
    /// The first value of the record larger than the loader's limits (an object with more than
    /// <see cref="DatasetLoader.MaxFields"/> properties, an array of more than <see cref="DatasetLoader.MaxItems"/>
    /// items, a text of more than <see cref="DatasetLoader.MaxTextBytes"/> bytes), or -1.
    /// </summary>
    public int Oversized { get; private set; } = -1;


    /// <summary>The length in bytes of a text or name as written, without its quotes.</summary>
    public int Length(int i) => _length[i];

    /// <summary>Whether the token is a property name.</summary>
    public bool IsName(int i) => _type[i] == JsonTokenType.PropertyName;

    // Objects with more properties than this are checked for repeated names with a set, not pairwise.
    private const int PairwiseLimit = 12;
    private readonly System.Collections.Generic.HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// Notes the first repeated name, and marks an object whose names are plain so that it can be searched from
    /// where the last field was found: the files list fields in table order, so the next one asked for is almost
    /// always the next one written. Names written with escapes are compared by their text, so "st\u0061tus"
    /// repeats "status". The cost is linear in the number of properties.
    /// </summary>
    private void MarkLookup(int obj)
    {
        var plain = true;
        if (_count[obj] <= PairwiseLimit)
        {
            for (var a = obj + 1; a < _end[obj]; a = _end[a + 1])
            {
                plain &= (_flags[a] & Escaped) == 0;
                for (var b = obj + 1; b < a; b = _end[b + 1])
                {
                    if (SameName(a, b))
                    {
                        NoteRepeat(a);
                        return;
                    }
                }
            }
        }
        else
        {
            _names.Clear();
            for (var a = obj + 1; a < _end[obj]; a = _end[a + 1])
            {
                plain &= (_flags[a] & Escaped) == 0;
                if (Text(a) is { } name && !_names.Add(name))
                {
                    NoteRepeat(a);
                    return;
                }
            }
        }

        if (plain)
        {
            _flags[obj] |= LooksUp;
        }
    }

    private void NoteRepeat(int name)
    {
        if (Repeat < 0 || name < Repeat)
        {
            Repeat = name;
        }
    }

    private bool SameName(int a, int b)
    {
        if (((_flags[a] | _flags[b]) & Escaped) == 0)
        {
            return _length[a] == _length[b] && Bytes(a).SequenceEqual(Bytes(b));
        }

        return Text(a) is { } x && x == Text(b);
    }

    /// <summary>The 1-based line and byte position in the line where a token starts.</summary>
    public (long Line, long Position) LineAndPosition(int token) => DatasetLoader.LineAndPosition(_bytes, Offset(token));

    /// <summary>Where a token starts in the file's bytes (at the opening quote of a name or string).</summary>
    public int Offset(int i) => _base + _start[i] - (_type[i] is JsonTokenType.String or JsonTokenType.PropertyName ? 1 : 0);

    /// <summary>
    /// The path of a property name inside the record, as the loader names fields: "chipCount.value",
    /// "powerKW.alternatives[0].note". Walks down from the record, so it costs nothing until an error needs it.
    /// </summary>
    public string PathOf(int token, bool withName = true)
    {
        var path = new StringBuilder();
        var at = 0;
        while (at != token)
        {
            var from = at;
            if (_type[at] == JsonTokenType.StartObject)
            {
                // A copy cut short at a limit may end on a name without its value.
                for (var p = at + 1; p < _end[at] && p + 1 < _tokens; p = _end[p + 1])
                {
                    if (token >= p && token < _end[p + 1])
                    {
                        if (token != p || withName)
                        {
                            path.Append(path.Length > 0 ? "." : "").Append(Text(p) ?? "?");
                        }

                        at = token == p ? p : p + 1;
                        break;
                    }
                }
            }
            else if (_type[at] == JsonTokenType.StartArray)
            {
                var index = 0;
                for (var item = at + 1; item < _end[at]; item = _end[item], index++)
                {
                    if (token >= item && token < _end[item])
                    {
                        path.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                        at = item;
                        break;
                    }
                }
            }

            if (at == from)
            {
                break; // not inside this value: cannot happen for a token of the record
            }
        }

        return path.ToString();
    }

    /// <summary>The text of the record's own "id", the first one written, or null.</summary>
    public string? RecordId()
    {
        if (_type[0] != JsonTokenType.StartObject)
        {
            return null;
        }

        for (var p = 1; p < _end[0] && p + 1 < _tokens; p = _end[p + 1])
        {
            if (NameIs(p, "id"))
            {
                return _type[p + 1] == JsonTokenType.String ? Text(p + 1)?.Trim() : null;
            }
        }

        return null;
    }

    private ReadOnlySpan<byte> Bytes(int i) => new(_bytes, _base + _start[i], _length[i]);

    public JsonValueKind Kind(int i) => _type[i] switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    /// <summary>The number of properties of an object or items of an array.</summary>
    public int Count(int i) => _count[i];

    /// <summary>The first property (its name) of an object, or the first item of an array.</summary>
    public int First(int container) => container + 1;

    /// <summary>The item after this one, or the property name after this name's value.</summary>
    public int NextItem(int item) => _end[item];

    public int NextProperty(int name) => _end[name + 1];

    public int End(int container) => _end[container];

    /// <summary>
    /// The value of the named property, or -1. <paramref name="hint"/> is where the search starts in an object
    /// marked for it, and is moved past each property found.
    /// </summary>
    public int Find(int obj, string name, ref int hint)
    {
        var end = _end[obj];
        if ((_flags[obj] & LooksUp) != 0)
        {
            var from = hint > obj && hint < end ? hint : obj + 1;
            for (var p = from; p < end; p = _end[p + 1])
            {
                if (NameIs(p, name))
                {
                    hint = _end[p + 1];
                    return p + 1;
                }
            }

            for (var p = obj + 1; p < from; p = _end[p + 1])
            {
                if (NameIs(p, name))
                {
                    hint = _end[p + 1];
                    return p + 1;
                }
            }

            return -1;
        }

        var found = -1;
        for (var p = obj + 1; p < end; p = _end[p + 1])
        {
            if (NameIs(p, name))
            {
                found = p + 1;
            }
        }

        return found;
    }

    private bool NameIs(int p, string name)
    {
        if ((_flags[p] & Escaped) != 0)
        {
            return _text[p] == name;
        }

        if (_length[p] != name.Length)
        {
            return false;
        }

        var at = _base + _start[p];
        for (var k = 0; k < name.Length; k++)
        {
            if (name[k] >= 0x80)
            {
                return Encoding.UTF8.GetString(_bytes, at, _length[p]) == name;
            }

            if (_bytes[at + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bytes of a string written without escapes, as in the file; empty for an escaped one.</summary>
    public ReadOnlySpan<byte> PlainUtf8(int i) => (_flags[i] & Escaped) != 0 ? default : Bytes(i);

    /// <summary>The text of a name or string; null when it holds an escape that is no valid Unicode.</summary>
    public string? Text(int i) =>
        (_flags[i] & Escaped) != 0 ? _text[i] : Encoding.UTF8.GetString(_bytes, _base + _start[i], _length[i]);

    /// <summary>Whether a string token's text is exactly <paramref name="utf8"/> (given as UTF-8 bytes).</summary>
    public bool TextIs(int i, byte[] utf8) =>
        (_flags[i] & Escaped) != 0
            ? _text[i] is { } text && text == Encoding.UTF8.GetString(utf8)
            : Bytes(i).SequenceEqual(utf8);

    /// <summary>The value as written: a string with its quotes and escapes, a number as its digits.</summary>
    public string Raw(int i)
    {
        var quoted = _type[i] is JsonTokenType.String or JsonTokenType.PropertyName;
        return quoted
            ? Encoding.UTF8.GetString(_bytes, _base + _start[i] - 1, _length[i] + 2)
            : Encoding.UTF8.GetString(_bytes, _base + _start[i], _length[i]);
    }

    /// <summary>A number token as a double, when it is one the runtime can represent.</summary>
    public bool TryGetDouble(int i, out double value)
    {
        value = _number[i];
        return (_flags[i] & NumberOk) != 0;
    }
}

/// <summary>A record holds an object, list or text over the limits; <see cref="JsonTokens.Oversized"/> says which.</summary>
internal sealed class OverLimitException : Exception
{
}
