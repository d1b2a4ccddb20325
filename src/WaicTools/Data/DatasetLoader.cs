using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The only place that reads JSON: turns dataset files into an immutable <see cref="Dataset"/>,
/// or throws a <see cref="DatasetException"/> naming the file, record and field at fault.
/// Parsing never depends on the current culture.
/// </summary>
internal static class DatasetLoader
{
    private const string ResourcePrefix = "WaicTools.Data.";

    /// <summary>The embedded dataset files, in the order they are read.</summary>
    internal static readonly string[] EmbeddedFiles =
        new[] { "dataset.json" }.Concat(RecordSchemas.Kinds.Select(k => k.File)).ToArray();

    /// <summary>The name of the layer the module ships; its records' files read "embedded/clusters.json".</summary>
    public const string EmbeddedLayerName = "embedded";

    /// <summary>The largest dataset file accepted, in bytes.</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most properties one object of a record may have (a record has at most a few dozen fields).</summary>
    public const int MaxFields = 256;

    /// <summary>The most items one list inside a record may have (source ids, aliases, members, roles).</summary>
    public const int MaxItems = 1000;

    /// <summary>The most alternative values one figure may have.</summary>
    public const int MaxAlternatives = 16;

    /// <summary>The longest text (a name, note or title), in UTF-8 bytes as written in the file.</summary>
    public const int MaxTextBytes = 16 * 1024;

    public static Dataset LoadEmbedded() => Compose(new[] { LoadEmbeddedLayer() }, new List<string>());

    public static DatasetLayer LoadEmbeddedLayer()
    {
        var assembly = typeof(DatasetLoader).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var file in EmbeddedFiles)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new DatasetException(file, null, null, "The dataset file is missing from the module assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((EmbeddedLayerName + "/" + file, buffer.ToArray()));
        }

        return ParseLayer(EmbeddedLayerName, files);
    }

    /// <summary>Parses a complete dataset: the files must hold everything, the 'dataset' section included.</summary>
    public static Dataset Parse(IEnumerable<(string File, byte[] Utf8)> files) =>
        Compose(new[] { ParseLayer("files", files) }, new List<string>());

    /// <summary>
    /// Parses dataset files given as (name, bytes) into one layer: every record checked on its own, ids unique
    /// within the layer. References between records are checked when layers are composed.
    /// </summary>
    public static DatasetLayer ParseLayer(string name, IEnumerable<(string File, byte[] Utf8)> files,
        CancellationToken cancel = default)
    {
        var warnings = new List<string>();
        var sections = RecordSchemas.Kinds.Select(kind => new Section(kind)).ToArray();
        DatasetInfoRecord? info = null;
        var context = new ReadContext(warnings) { Cancel = cancel };

        foreach (var (file, bytes) in files)
        {
            ReadFile(file, bytes, sections, context, ref info);
        }

        return new DatasetLayer(name, info, sections.Select(s => s.Records).ToArray(), warnings);
    }

    private static readonly JsonReaderOptions s_readerOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    /// <summary>
    /// Reads one file in a single pass: each record's tokens are copied as the reader passes them and the record is
    /// read from the copy. A fault in a record is held until the rest of the file has been read, so that a file
    /// which is not valid JSON is reported as such, wherever the syntax error is.
    /// </summary>
    private static void ReadFile(string file, byte[] bytes, Section[] sections, ReadContext context,
        ref DatasetInfoRecord? info)
    {
        var offset = CheckBytes(file, bytes);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, offset, bytes.Length - offset), s_readerOptions);
        DatasetException? fault;
        try
        {
            reader.Read();
            fault = reader.TokenType == JsonTokenType.StartObject
                ? ReadSections(ref reader, file, bytes, offset, sections, context, ref info)
                : new DatasetException(file, null, null, "The file must hold a JSON object.");
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new DatasetException(file, null, null, "The file is not valid JSON: " + FirstSentence(e.Message),
                e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }

        if (fault is not null)
        {
            throw fault;
        }
    }

    /// <summary>The sections of a file's root object; the first fault found, or null.</summary>
    private static DatasetException? ReadSections(ref Utf8JsonReader reader, string file, byte[] bytes, int offset,
        Section[] sections, ReadContext context, ref DatasetInfoRecord? info)
    {
        var tokens = context.Tokens;
        var seen = new List<string>(sections.Length + 2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = offset + (int)reader.TokenStartIndex;
            string name;
            try
            {
                name = reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                return BadName(file, e);
            }

            if (seen.Contains(name) && name != "dataset")
            {
                var (line, position) = LineAndPosition(bytes, at);
                return new DatasetException(file, null, name,
                    "The section is given more than once; list all its records in one array.", line, position);
            }

            seen.Add(name);
            if (name == "$schema")
            {
                reader.Skip(); // editors use it to validate the file; the loader checks everything itself
                continue;
            }

            reader.Read();
            if (name == "dataset")
            {
                if (info is not null)
                {
                    var (line, position) = LineAndPosition(bytes, at);
                    return new DatasetException(file, null, "dataset", "The 'dataset' section is given more than once.",
                        line, position);
                }

                TakeRecord(ref reader, file, bytes, offset, tokens, context);
                if (Unreadable(file, tokens) is { } repeated)
                {
                    return repeated;
                }

                try
                {
                    info = (DatasetInfoRecord)ReadRecord(RecordSchemas.Info, new RecordReader(file, 0, context));
                }
                catch (DatasetException e)
                {
                    return e;
                }

                continue;
            }

            var section = Array.Find(sections, s => s.Kind.Section == name);
            if (section is null)
            {
                return new DatasetException(file, null, name,
                    $"Unknown section; a dataset file holds 'dataset', {string.Join(", ", sections.Select(s => $"'{s.Kind.Section}'"))}.");
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return new DatasetException(file, null, name, "Expected an array of records.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.Cancel.ThrowIfCancellationRequested();
                TakeRecord(ref reader, file, bytes, offset, tokens, context);
                if (Unreadable(file, tokens) is { } repeated)
                {
                    return repeated;
                }

                try
                {
                    section.Read(new RecordReader(file, 0, context));
                }
                catch (DatasetException e)
                {
                    return e;
                }
            }
        }

        return null;
    }

    // The tokens of one record. One over the limits is refused at once, without reading the rest of the file: reading
    // on would cost what the limits are there to prevent.
    private static void TakeRecord(ref Utf8JsonReader reader, string file, byte[] bytes, int offset, JsonTokens tokens,
        ReadContext context)
    {
        try
        {
            tokens.Take(ref reader, bytes, offset, context.Cancel);
        }
        catch (OverLimitException)
        {
            throw Unreadable(file, tokens)!;
        }
    }

    /// <summary>
    /// What the record just taken cannot be read with, as an error naming where: a name given twice in one object,
    /// or a value over the limits. Null when there is neither.
    /// </summary>
    private static DatasetException? Unreadable(string file, JsonTokens tokens)
    {
        if (tokens.Repeat < 0 && tokens.Oversized < 0)
        {
            return null;
        }

        // The first in the file, of the two.
        var repeat = tokens.Repeat >= 0 && (tokens.Oversized < 0 || tokens.Repeat < tokens.Oversized);
        var token = repeat ? tokens.Repeat : tokens.Oversized;
        var (line, position) = tokens.LineAndPosition(token);
        var path = tokens.PathOf(token, withName: repeat || !tokens.IsName(token)); // a name over the limit is not echoed
        var field = path.Length == 0 ? null : path;
        if (repeat)
        {
            return new DatasetException(file, tokens.RecordId(), field,
                "The field is given more than once; a field may appear once in each object.", line, position);
        }

        var problem = tokens.Kind(token) switch
        {
            JsonValueKind.Object => FormattableString.Invariant($"The object has more than {MaxFields} fields, the limit."),
            JsonValueKind.Array => FormattableString.Invariant($"The list has more than {MaxItems} items, the limit."),
            _ => FormattableString.Invariant(
                $"The {(tokens.IsName(token) ? "field name" : "text")} has {tokens.Length(token)} bytes; the limit is {MaxTextBytes}."),
        };
        return new DatasetException(file, tokens.RecordId(), field, problem, line, position, limit: true);
    }

    // A property name with an invalid escape: System.Text.Json cannot turn it into text.
    private static DatasetException BadName(string file, Exception e) =>
        new(file, null, null, "The file holds a name with an escape that is not valid Unicode (a lone surrogate).", inner: e);

    /// <summary>
    /// Refuses a citation of an imported layer that takes the form of the dataset's own ids (S followed by a number)
    /// without being one of them: a later release may give that id to another source. Correcting one of the dataset's
    /// own citations, under its id, is allowed.
    /// </summary>
    public static void CheckOwnCitationIds(DatasetLayer imported, DatasetLayer embedded)
    {
        var ours = new HashSet<string>(embedded.RecordsOf(RecordSchemas.Citations).Select(c => c.Id), StringComparer.Ordinal);
        foreach (var citation in imported.RecordsOf(RecordSchemas.Citations))
        {
            if (Ids.IsDatasetSourceId(citation.Id) && !ours.Contains(citation.Id))
            {
                throw new DatasetException(citation.File, citation.Id, "id",
                    $"'{citation.Id}' has the form of the dataset's own citation ids (S followed by a number), which a later release may give to another source; give your citation an id of your own, such as 'acme-report-1'.");
            }
        }
    }

    /// <summary>
    /// Puts layers together: records of later layers replace those of earlier ones with the same kind and id
    /// (each replacement is described in <paramref name="replaced"/>), then the whole is checked.
    /// </summary>
    public static Dataset Compose(IReadOnlyList<DatasetLayer> layers, List<string> replaced,
        CancellationToken cancel = default)
    {
        var info = layers.Select(l => l.Info).LastOrDefault(i => i is not null)
                   ?? throw new DatasetException(null, null, "dataset", "No file has the 'dataset' section (version, asOf, event).");

        var merged = RecordSchemas.Kinds.Select(kind => Merge(layers, kind, replaced)).ToArray();
        cancel.ThrowIfCancellationRequested();
        return new Dataset(info, layers, merged, cancel);
    }

    private static IEnumerable<Record> Merge(IReadOnlyList<DatasetLayer> layers, RecordSchema kind, List<string> replaced)
    {
        var total = 0;
        foreach (var layer in layers)
        {
            total += layer.RecordsOf(kind).Count;
        }

        // Where each id of the earlier layers sits, to find what a later layer replaces. The last layer's ids are
        // unique (checked as it was read), so they need no entry: an import of many records adds none.
        var merged = new List<Record>(total);
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < layers.Count; l++)
        {
            foreach (var record in layers[l].RecordsOf(kind))
            {
                if (at.TryGetValue(record.Id, out var position))
                {
                    replaced.Add(FormattableString.Invariant(
                        $"The {kind.Singular} '{record.Id}' from '{merged[position].File}' is replaced by the record in '{record.File}'."));
                    merged[position] = record;
                }
                else
                {
                    if (l < layers.Count - 1)
                    {
                        at[record.Id] = merged.Count;
                    }

                    merged.Add(record);
                }
            }
        }

        return merged;
    }

    /// <summary>The records of one kind read so far, with the ids already taken.</summary>
    private sealed class Section
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public Section(RecordSchema kind) => Kind = kind;

        public RecordSchema Kind { get; }

        public List<Record> Records { get; } = new();

        public void Read(RecordReader reader)
        {
            var record = (Record)ReadRecord(Kind, reader);
            if (!_ids.Add(record.Id))
            {
                throw reader.Error("id", "The id is used by more than one record.");
            }

            Records.Add(record);
        }
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks size and encoding; gives where the JSON text starts (after a byte order mark).</summary>
    private static int CheckBytes(string file, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DatasetException(file, null, null, "The file is empty.");
        }

        if (bytes.Length > MaxFileBytes)
        {
            throw new DatasetException(file, null, null, FormattableString.Invariant(
                $"The file has {bytes.Length} bytes; the limit is {MaxFileBytes} bytes. Split it into several files."),
                limit: true);
        }

        if ((bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            || (bytes.Length >= 2 && (bytes[0] == 0 || bytes[1] == 0)))
        {
            throw new DatasetException(file, null, null, "The file is UTF-16 or UTF-32 encoded; save it as UTF-8.");
        }

        ReadOnlyMemory<byte> body = bytes;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            body = body.Slice(3);
        }

        try
        {
            s_strictUtf8.GetCharCount(bytes, bytes.Length - body.Length, body.Length);
        }
        catch (DecoderFallbackException e)
        {
            var offset = bytes.Length - body.Length + Math.Max(e.Index, 0);
            var (line, position) = LineAndPosition(bytes, offset);
            throw new DatasetException(file, null, null, "The file is not valid UTF-8.", line, position, e);
        }

        return bytes.Length - body.Length;
    }

    internal static (long Line, long Position) LineAndPosition(byte[] bytes, int offset)
    {
        long line = 1, start = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start + 1);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static readonly object s_true = true, s_false = false;

    /// <summary>Reads one record of a kind: each declared field in table order, then the kind's cross-field rules.</summary>
    private static Item ReadRecord(RecordSchema schema, RecordReader r)
    {
        var values = ReadValues(r, schema.Fields, schema.SlotCount);
        var record = schema.Create(values, r.File);
        r.Context.Return(values);
        CheckRules(r, schema.Rules, record);
        r.ReportUnknownFields();
        return record;
    }

    private static Item ReadNested(RecordReader r, Field field)
    {
        var values = ReadValues(r, field.Children, field.ChildSlots);
        var item = field.Create!(values);
        r.Context.Return(values);
        CheckRules(r, field.Rules, item);
        return item;
    }

    private static void CheckRules(RecordReader r, Func<Item, (string Field, string Problem)?>? rules, Item item)
    {
        if (rules?.Invoke(item) is { } broken)
        {
            throw r.Error(broken.Field, broken.Problem);
        }
    }

    private static object?[] ReadValues(RecordReader r, IReadOnlyList<Field> fields, int slots)
    {
        // The item copies what it keeps, so the slots are lent by the context and given back once it is made.
        var values = r.Context.Rent(slots);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (field.Slot >= 0)
            {
                values[field.Slot] = ReadValue(r, field);
            }
        }

        return values;
    }

    /// <summary>One field, read and checked as its type and declaration say.</summary>
    private static object? ReadValue(RecordReader r, Field field)
    {
        var name = field.Json;
        switch (field.Type)
        {
            case FieldType.Id when name == "id":
                return r.Id();
            case FieldType.SourceId:
                return r.SourceId();
            case FieldType.Id:
                return field.Required ? r.RequiredId(name) : r.OptionalId(name);
            case FieldType.Text when field.EnumValues is not null:
                return r.Enum(field);
            case FieldType.Text:
                return r.Checked(name, field.Required ? r.RequiredString(name) : r.OptionalString(name), field.IsName);
            case FieldType.Texts:
                return r.Checked(name, r.StringList(name), field.IsName);
            case FieldType.IdList:
                return r.IdList(name);
            case FieldType.Enum:
                return r.Enum(field);
            case FieldType.EnumList:
                return r.EnumList(field);
            case FieldType.Bool:
                return r.RequiredBoolean(name) ? s_true : s_false;
            case FieldType.Date:
                return r.RequiredDate(name);
            case FieldType.PartialDate:
                return r.PartialDate(name);
            case FieldType.Url:
                return r.Checked(name, r.OptionalUrl(name), name: false);
            case FieldType.Urls:
                return r.Checked(name, r.UrlList(name), name: false);
            case FieldType.Sources:
                return field.Required ? r.Sources(name) : r.OptionalSources(name);
            case FieldType.NumberFigure:
                return r.NumberFact(field) ?? Absent(r, field);
            case FieldType.DateFigure:
                return r.DateFact(name) ?? Absent(r, field);
            case FieldType.Object:
                return r.Object(field, s_readNested);
            case FieldType.ObjectList:
                return ReadObjectList(r, field);
            default:
                throw new ArgumentException($"'{field}' has no value to read.", nameof(field));
        }
    }

    // One delegate for every nested object, not one per read.
    private static readonly Func<RecordReader, Field, Item> s_readNested = ReadNested;

    // Apart from ReadValue: a lambda there that captured the field would cost a closure on every call of it, whatever
    // the field's type.
    private static object ReadObjectList(RecordReader r, Field field) =>
        field.MakeList!(r.ObjectList(field.Json, c => ReadNested(c, field)));

    private static object? Absent(RecordReader r, Field field) =>
        field.Required ? throw r.Error(field.Json, "The field is required.") : null;

    /// <summary>
    /// A field's name for error messages, such as "powerKW.sources", joined only when an error needs it: the
    /// loader reads hundreds of thousands of figures and names almost none of them.
    /// </summary>
    private readonly struct FieldName
    {
        private readonly string _parent;
        private readonly string? _member;

        public FieldName(string parent, string? member)
        {
            _parent = parent;
            _member = member;
        }

        public static implicit operator FieldName(string name) => new(name, null);

        public override string ToString() => _member is null ? _parent : _parent + "." + _member;
    }

    /// <summary>What the readers of one layer share: the warnings, and one copy of each repeated text.</summary>
    private sealed class ReadContext
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _singles = new(StringComparer.Ordinal);

        public ReadContext(List<string> warnings) => Warnings = warnings;

        public List<string> Warnings { get; }

        /// <summary>Set when the reading should stop (Ctrl+C); checked before each record.</summary>
        public CancellationToken Cancel { get; init; }

        /// <summary>The tokens of the record being read.</summary>
        public JsonTokens Tokens { get; } = new();

        // Value arrays for the reader to fill, by length; nested objects are read while their parent's is in use.
        private readonly Dictionary<int, Stack<object?[]>> _scratch = new();

        public object?[] Rent(int slots) =>
            _scratch.TryGetValue(slots, out var free) && free.Count > 0 ? free.Pop() : new object?[slots];

        public void Return(object?[] values)
        {
            Array.Clear(values, 0, values.Length);
            if (!_scratch.TryGetValue(values.Length, out var free))
            {
                _scratch[values.Length] = free = new Stack<object?[]>();
            }

            free.Push(values);
        }

        /// <summary>
        /// The field names asked for by the readers in progress, one stretch per reader. A nested reader adds its
        /// stretch after its parent's and removes it when done, so each reader's names stay together.
        /// </summary>
        public List<string> Asked { get; } = new(64);

        /// <summary>The one shared copy of a text such as "S9" or "huawei", which thousands of records repeat.</summary>
        public string Share(string text)
        {
            if (_texts.TryGetValue(text, out var shared))
            {
                return shared;
            }

            _texts[text] = text;
            return text;
        }

        // The shared texts again, found by their bytes in the file, so a repeated id costs no string at all. Only short
        // ASCII texts with nothing to trim are kept here; anything else goes through Share.
        private string?[] _byBytes = new string?[256];
        private int[] _byBytesHash = new int[256];
        private int _byBytesCount;

        /// <summary>
        /// The shared copy of a string token's trimmed text, found without making a string when it was seen before;
        /// null when the token is escaped, empty, longer than 64 bytes, not ASCII or has space at either end.
        /// </summary>
        public string? ShareToken(JsonTokens tokens, int token)
        {
            var bytes = tokens.PlainUtf8(token);
            if (bytes.Length == 0 || bytes.Length > 64 || bytes[0] <= (byte)' ' || bytes[bytes.Length - 1] <= (byte)' ')
            {
                return null;
            }

            var hash = unchecked((int)2166136261);
            foreach (var b in bytes)
            {
                if (b >= 0x80)
                {
                    return null;
                }

                hash = unchecked((hash ^ b) * 16777619);
            }

            var mask = _byBytes.Length - 1;
            var at = hash & mask;
            for (; _byBytes[at] is { } known; at = (at + 1) & mask)
            {
                if (_byBytesHash[at] == hash && SameAscii(known, bytes))
                {
                    return known;
                }
            }

            var text = Share(Encoding.ASCII.GetString(bytes.ToArray()));
            _byBytes[at] = text;
            _byBytesHash[at] = hash;
            if (++_byBytesCount * 2 > _byBytes.Length)
            {
                GrowByBytes();
            }

            return text;
        }

        private static bool SameAscii(string text, ReadOnlySpan<byte> bytes)
        {
            if (text.Length != bytes.Length)
            {
                return false;
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                if (text[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void GrowByBytes()
        {
            var (texts, hashes) = (_byBytes, _byBytesHash);
            _byBytes = new string?[texts.Length * 2];
            _byBytesHash = new int[texts.Length * 2];
            var mask = _byBytes.Length - 1;
            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i] is { } text)
                {
                    var at = hashes[i] & mask;
                    while (_byBytes[at] is not null)
                    {
                        at = (at + 1) & mask;
                    }

                    _byBytes[at] = text;
                    _byBytesHash[at] = hashes[i];
                }
            }
        }

        /// <summary>The one shared one-item list, for the many source lists of a single id.</summary>
        public string[] Single(string text)
        {
            if (!_singles.TryGetValue(text, out var list))
            {
                list = new[] { Share(text) };
                _singles[text] = list;
            }

            return list;
        }
    }

    /// <summary>The names of an enum in declaration order, with each value boxed once.</summary>
    private sealed class EnumNames
    {
        public EnumNames(Type type)
        {
            Names = Enum.GetNames(type);
            Utf8 = Names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
            Values = Names.Select(n => Enum.Parse(type, n)).ToArray();
        }

        public string[] Names { get; }
        public byte[][] Utf8 { get; }
        public object[] Values { get; }

        public static readonly EnumNames Confidence = new(typeof(Confidence));
        public static readonly EnumNames Basis = new(typeof(Basis));
    }

    /// <summary>Reads the fields of one record, remembering which were read to catch unknown ones.</summary>
    private sealed class RecordReader
    {
        private static readonly string[] s_factFields = { "value", "sources", "confidence", "basis", "note", "alternatives" };

        private static readonly string[] s_alternativeFields = { "value", "sources", "confidence", "note" };

        private readonly JsonTokens _tokens;
        private readonly int _element;
        private readonly int _askedFrom;
        private int _found;
        private int _hint;
        private readonly string _prefix;
        private string? _id;

        private readonly ReadContext _context;

        public ReadContext Context => _context;

        public RecordReader(string file, int element, ReadContext context) : this(file, element, null, "", context)
        {
        }

        private RecordReader(string file, int element, string? id, string prefix, ReadContext context)
        {
            _context = context;
            _tokens = context.Tokens;
            _askedFrom = context.Asked.Count;
            File = file;
            _element = element;
            _id = id;
            _prefix = prefix;
            if (_tokens.Kind(element) != JsonValueKind.Object)
            {
                throw new DatasetException(file, id, prefix.Length > 0 ? prefix.TrimEnd('.') : null,
                    $"Expected a JSON object, found {Describe(element)}.");
            }
        }

        /// <summary>The file being read.</summary>
        public string File { get; }

        /// <summary>A text held to the rules of names or of other texts (<see cref="TextRules"/>).</summary>
        public string? Checked(string field, string? text, bool name)
        {
            if (text is not null && (name ? TextRules.NameProblem(text) : TextRules.TextProblem(text)) is { } problem)
            {
                throw Error(field, problem);
            }

            return text;
        }

        public IReadOnlyList<string> Checked(string field, IReadOnlyList<string> texts, bool name)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Checked(field, texts[i], name);
            }

            return texts;
        }

        public DatasetException Error(string field, string problem) => new(File, _id, _prefix + field, problem);

        private DatasetException Error(FieldName field, string problem) => Error(field.ToString(), problem);

        /// <summary>A source id as the id of a citation record.</summary>
        public string SourceId()
        {
            var id = RequiredString("id");
            if (!Ids.IsSourceId(id))
            {
                throw Error("id", $"'{id}' is not a source id (S followed by a number, such as S9, or an id of your own such as acme-report-1).");
            }

            _id = id;
            return id;
        }

        /// <summary>The id of another record, such as "huawei".</summary>
        public string RequiredId(string field) => OptionalId(field) ?? throw Error(field, "The field is required.");

        public string? OptionalId(string field)
        {
            var id = SharedString(field);
            return id is null || Ids.IsRecordId(id)
                ? id
                : throw Error(field, $"'{id}' is not a valid id (lower-case letters, digits and single hyphens).");
        }

        public IReadOnlyList<string> IdList(string field)
        {
            var ids = StringList(field);
            foreach (var id in ids)
            {
                if (!Ids.IsRecordId(id))
                {
                    throw Error(field, $"'{id}' is not a valid id (lower-case letters, digits and single hyphens).");
                }
            }

            return ids;
        }

        /// <summary>The names of an enum field, as an array of the enum type.</summary>
        public Array EnumList(Field field)
        {
            if (!TryGet(field.Json, out var value) || IsNull(value))
            {
                return Array.CreateInstance(field.EnumType!, 0);
            }

            var names = ReadStringArray(value, field.Json);
            var list = Array.CreateInstance(field.EnumType!, names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                list.SetValue(EnumValue(field, names[i]), i);
            }

            return list;
        }

        /// <summary>The value of an enum field, boxed once per name (no allocation per record).</summary>
        public object? Enum(Field field)
        {
            var text = SharedString(field.Json) ?? (field.Required ? throw Error(field.Json, "The field is required.") : null);
            return text is null ? null : EnumValue(field, text);
        }

        // Exact, case-sensitive names, as for the enums of figures below.
        private object EnumValue(Field field, string text) =>
            field.EnumValues!.TryGetValue(text, out var value)
                ? value
                : throw Error(field.Json, $"'{text}' is not one of: {string.Join(", ", field.EnumValues.Keys)}.");

        /// <summary>A nested object, read with the same checks as a record; null when an optional one is absent.</summary>
        public Item? Object(Field field, Func<RecordReader, Field, Item> read)
        {
            if (!TryGet(field.Json, out var value) || IsNull(value))
            {
                return field.Required ? throw Error(field.Json, "The field is required.") : null;
            }

            var reader = new RecordReader(File, value, _id, _prefix + field.Json + ".", _context);
            var item = read(reader, field);
            reader.ReportUnknownFields();
            return item;
        }

        public IReadOnlyList<T> ObjectList<T>(string field, Func<RecordReader, T> read)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                return Array.Empty<T>();
            }

            if (_tokens.Kind(value) != JsonValueKind.Array)
            {
                throw Error(field, $"Expected an array, found {Describe(value)}.");
            }

            var items = new List<T>();
            for (var item = _tokens.First(value); item < _tokens.End(value); item = _tokens.NextItem(item))
            {
                var child = new RecordReader(File, item, _id,
                    FormattableString.Invariant($"{_prefix}{field}[{items.Count}]."), _context);
                items.Add(read(child));
                child.ReportUnknownFields();
            }

            return items;
        }

        public DateTime RequiredDate(string field)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                throw Error(field, "The field is required.");
            }

            return ReadDate(value, field);
        }

        /// <summary>A date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
        public string? PartialDate(string field)
        {
            var text = OptionalString(field);
            if (text is null)
            {
                return null;
            }

            foreach (var format in s_partialDates)
            {
                if (text.Length == format.Length && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture,
                        DateTimeStyles.None, out _))
                {
                    return text;
                }
            }

            throw Error(field, $"Expected a date written as yyyy, yyyy-MM or yyyy-MM-dd, found \"{text}\".");
        }

        private static readonly string[] s_partialDates = { "yyyy-MM-dd", "yyyy-MM", "yyyy" };

        public IReadOnlyList<string> UrlList(string field)
        {
            var urls = StringList(field);
            foreach (var url in urls)
            {
                if (!IsWebAddress(url))
                {
                    throw Error(field, $"'{url}' is not an http or https address.");
                }
            }

            return urls;
        }

        private static bool IsWebAddress(string text) =>
            Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
            (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        public string? OptionalUrl(string field)
        {
            var text = OptionalString(field);
            return text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
                                    (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                ? text
                : throw Error(field, $"'{text}' is not an http or https address.");
        }

        public string Id()
        {
            var id = RequiredString("id");
            if (!Ids.IsRecordId(id))
            {
                throw Error("id", $"'{id}' is not a valid id (lower-case letters, digits and single hyphens).");
            }

            _id = id;
            return id;
        }

        /// <summary>
        /// <see cref="OptionalString"/> for a text that many records repeat (an id, an enum name): the one shared copy,
        /// found by its bytes when it was seen before. The same checks, in the same order.
        /// </summary>
        private string? SharedString(string field)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                return null;
            }

            if (_tokens.Kind(value) != JsonValueKind.String)
            {
                throw Error(field, $"Expected a string, found {Describe(value)}.");
            }

            if (_context.ShareToken(_tokens, value) is { } shared)
            {
                return shared;
            }

            var text = GetText(value, field).Trim();
            return text.Length == 0
                ? throw Error(field, "The text is empty; leave the field out or use null.")
                : _context.Share(text);
        }

        public string RequiredString(string field) =>
            OptionalString(field) ?? throw Error(field, "The field is required.");

        public string? OptionalString(string field)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                return null;
            }

            if (_tokens.Kind(value) != JsonValueKind.String)
            {
                throw Error(field, $"Expected a string, found {Describe(value)}.");
            }

            var text = GetText(value, field).Trim();
            return text.Length == 0 ? throw Error(field, "The text is empty; leave the field out or use null.") : text;
        }

        public bool RequiredBoolean(string field)
        {
            if (!TryGet(field, out var value))
            {
                throw Error(field, "The field is required.");
            }

            return _tokens.Kind(value) switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(field, $"Expected true or false, found {Describe(value)}."),
            };
        }

        public IReadOnlyList<string> StringList(string field)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                return Array.Empty<string>();
            }

            return ReadStringArray(value, field);
        }

        public IReadOnlyList<string> Sources(string field)
        {
            if (!TryGet(field, out var value) || IsNull(value))
            {
                throw Error(field, "At least one source id is required.");
            }

            return ValidateSources(ReadStringArray(value, field), field);
        }

        public IReadOnlyList<string> OptionalSources(string field) =>
            TryGet(field, out var value) && !IsNull(value)
                ? ValidateSources(ReadStringArray(value, field), field)
                : Array.Empty<string>();

        /// <summary>A sourced number, checked against the range and wholeness its field declares.</summary>
        public Fact<double>? NumberFact(Field field) =>
            ReadFact(field.Json, field, static (r, element, name, f) =>
                r.ReadNumber(element, name, f!.Range ?? throw new ArgumentException($"'{f}' declares no range."), f.WholeNumber));

        public Fact<DateTime>? DateFact(string field) =>
            ReadFact<DateTime>(field, null, static (r, element, name, _) => r.ReadDate(element, name));

        /// <summary>Fields the loader does not know are reported as warnings and otherwise left out.</summary>
        public void ReportUnknownFields()
        {
            var asked = _context.Asked;
            try
            {
                // Fast path: as many properties as fields found means every property was read.
                if (_tokens.Count(_element) != _found)
                {
                    ReportUnknown(asked.GetRange(_askedFrom, asked.Count - _askedFrom));
                }
            }
            finally
            {
                asked.RemoveRange(_askedFrom, asked.Count - _askedFrom);
            }
        }

        private void ReportUnknown(List<string> asked)
        {
            // Names given twice were refused when the record was taken, so each name here is there once.
            for (var p = _tokens.First(_element); p < _tokens.End(_element); p = _tokens.NextProperty(p))
            {
                var name = Name(p);
                if (!asked.Contains(name))
                {
                    _context.Warnings.Add(Error(name, "Unknown field; it is ignored.").Message);
                }
            }
        }

        private Fact<T>? ReadFact<T>(string field, Field? declared,
            Func<RecordReader, int, FieldName, Field?, T> readValue)
        {
            if (!TryGet(field, out var fact) || IsNull(fact))
            {
                return null;
            }

            if (_tokens.Kind(fact) != JsonValueKind.Object)
            {
                throw Error(field, $"Expected a figure object with 'value' and 'sources', found {Describe(fact)}.");
            }

            var hint = 0;
            CheckFields(fact, field, s_factFields);
            var value = readValue(this, Member(fact, field, "value", ref hint), new FieldName(field, "value"), declared);
            var sources = ValidateSources(ReadStringArray(Member(fact, field, "sources", ref hint), new FieldName(field, "sources")),
                new FieldName(field, "sources"));
            var confidence = (Confidence)ParseEnum(Member(fact, field, "confidence", ref hint), new FieldName(field, "confidence"),
                EnumNames.Confidence);
            var basis = (Basis)ParseEnum(Member(fact, field, "basis", ref hint), new FieldName(field, "basis"), EnumNames.Basis);
            var note = OptionalMemberString(fact, new FieldName(field, "note"), "note", ref hint);

            var alternatives = Fact<T>.NoAlternatives;
            var list = _tokens.Find(fact, "alternatives", ref hint);
            if (list >= 0 && !IsNull(list))
            {
                if (_tokens.Kind(list) != JsonValueKind.Array)
                {
                    throw Error(field + ".alternatives", $"Expected an array, found {Describe(list)}.");
                }

                if (_tokens.Count(list) > MaxAlternatives)
                {
                    var (line, position) = _tokens.LineAndPosition(list);
                    throw new DatasetException(File, _id, _prefix + field + ".alternatives", FormattableString.Invariant(
                        $"The figure has {_tokens.Count(list)} alternative values; the limit is {MaxAlternatives}."),
                        line, position, limit: true);
                }

                var read = new List<Alternative<T>>();
                var index = 0;
                for (var item = _tokens.First(list); item < _tokens.End(list); item = _tokens.NextItem(item))
                {
                    var name = FormattableString.Invariant($"{field}.alternatives[{index++}]");
                    if (_tokens.Kind(item) != JsonValueKind.Object)
                    {
                        throw Error(name, $"Expected an object, found {Describe(item)}.");
                    }

                    var at = 0;
                    CheckFields(item, name, s_alternativeFields);
                    read.Add(new Alternative<T>(
                        readValue(this, Member(item, name, "value", ref at), new FieldName(name, "value"), declared),
                        ValidateSources(ReadStringArray(Member(item, name, "sources", ref at), new FieldName(name, "sources")),
                            new FieldName(name, "sources")),
                        OptionalMemberString(item, new FieldName(name, "note"), "note", ref at),
                        _tokens.Find(item, "confidence", ref at) is var own and >= 0 && !IsNull(own)
                            ? (Confidence)ParseEnum(own, new FieldName(name, "confidence"), EnumNames.Confidence)
                            : null));
                }

                alternatives = read;
            }

            return new Fact<T>(value, sources, confidence, basis, note, alternatives);
        }

        private double ReadNumber(int value, FieldName field, Range range, bool wholeNumber)
        {
            if (_tokens.Kind(value) != JsonValueKind.Number)
            {
                throw Error(field, $"Expected a number, found {Describe(value)}.");
            }

            if (!_tokens.TryGetDouble(value, out var number) || double.IsNaN(number) || double.IsInfinity(number))
            {
                throw Error(field, "The number is out of range.");
            }

            if (number <= 0)
            {
                throw Error(field, FormattableString.Invariant($"Expected a positive number, found {number}."));
            }

            if (wholeNumber && (Math.Floor(number) != number || number > int.MaxValue))
            {
                throw Error(field, FormattableString.Invariant($"Expected a whole number, found {number}."));
            }

            if (number < range.Min || number > range.Max)
            {
                throw Error(field, FormattableString.Invariant(
                    $"{number} is outside the plausible range {range.Min} to {range.Max}; check the unit in the field name."));
            }

            return number;
        }

        private DateTime ReadDate(int value, FieldName field)
        {
            if (_tokens.Kind(value) == JsonValueKind.String &&
                DateTime.TryParseExact(GetText(value, field), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
            {
                return date;
            }

            throw Error(field, $"Expected a date written as yyyy-MM-dd, found {Describe(value)}.");
        }

        // Exact, case-sensitive names: the files are written by tools and people alike, and one spelling keeps them greppable.
        private object ParseEnum(int value, FieldName field, EnumNames names)
        {
            if (_tokens.Kind(value) != JsonValueKind.String)
            {
                throw Error(field, $"Expected a string, found {Describe(value)}.");
            }

            for (var i = 0; i < names.Utf8.Length; i++)
            {
                if (_tokens.TextIs(value, names.Utf8[i]))
                {
                    return names.Values[i];
                }
            }

            var text = GetText(value, field);
            var at = Array.IndexOf(names.Names, text);
            return at >= 0
                ? names.Values[at]
                : throw Error(field, $"'{text}' is not one of: {string.Join(", ", names.Names)}.");
        }

        private IReadOnlyList<string> ReadStringArray(int value, FieldName field)
        {
            if (_tokens.Kind(value) != JsonValueKind.Array)
            {
                throw Error(field, $"Expected an array of strings, found {Describe(value)}.");
            }

            var first = _tokens.First(value);
            if (_tokens.Count(value) == 1 && _tokens.Kind(first) == JsonValueKind.String)
            {
                var only = _context.ShareToken(_tokens, first) ?? GetText(first, field).Trim();
                if (only.Length > 0)
                {
                    return _context.Single(only);
                }
            }

            var items = new List<string>(_tokens.Count(value));
            // Pairwise for the short lists of almost every record, with a set for long ones: linear either way.
            var seen = _tokens.Count(value) > 8 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
            for (var item = first; item < _tokens.End(value); item = _tokens.NextItem(item))
            {
                var text = _tokens.Kind(item) != JsonValueKind.String ? null
                    : _context.ShareToken(_tokens, item) ?? _context.Share(GetText(item, field).Trim());
                if (string.IsNullOrEmpty(text))
                {
                    throw Error(field, $"Expected non-empty strings, found {Describe(item)}.");
                }

                if (seen is not null ? !seen.Add(text!) : items.Contains(text!, StringComparer.OrdinalIgnoreCase))
                {
                    throw Error(field, $"'{text}' is listed twice.");
                }

                items.Add(text!);
            }

            return items.ToArray();
        }

        private IReadOnlyList<string> ValidateSources(IReadOnlyList<string> sources, FieldName field)
        {
            if (sources.Count == 0)
            {
                throw Error(field, "At least one source id is required.");
            }

            foreach (var source in sources)
            {
                if (!Ids.IsSourceId(source))
                {
                    throw Error(field, $"'{source}' is not a source id (S followed by a number, such as S9, or an id of your own such as acme-report-1).");
                }
            }

            return sources;
        }

        private string? OptionalMemberString(int parent, FieldName field, string member, ref int hint)
        {
            var value = _tokens.Find(parent, member, ref hint);
            if (value < 0 || IsNull(value))
            {
                return null;
            }

            var text = _tokens.Kind(value) == JsonValueKind.String && GetText(value, field).Trim().Length > 0
                ? GetText(value, field).Trim()
                : throw Error(field, $"Expected non-empty text, found {Describe(value)}.");
            return TextRules.TextProblem(text) is { } problem ? throw Error(field, problem) : text;
        }

        private int Member(int parent, string parentField, string member, ref int hint)
        {
            var value = _tokens.Find(parent, member, ref hint);
            return value >= 0 && !IsNull(value)
                ? value
                : throw Error(parentField + "." + member, "The field is required.");
        }

        private void CheckFields(int element, string field, string[] allowed)
        {
            // Fast path: every property is one of the allowed names (no property name is turned into a string).
            var known = 0;
            var hint = 0;
            foreach (var name in allowed)
            {
                if (_tokens.Find(element, name, ref hint) >= 0)
                {
                    known++;
                }
            }

            if (_tokens.Count(element) == known)
            {
                return;
            }

            for (var p = _tokens.First(element); p < _tokens.End(element); p = _tokens.NextProperty(p))
            {
                var name = Name(p);
                if (Array.IndexOf(allowed, name) < 0)
                {
                    _context.Warnings.Add(Error(field + "." + name, "Unknown field; it is ignored.").Message);
                }
            }
        }

        private bool TryGet(string field, out int value)
        {
            _context.Asked.Add(field);
            value = _tokens.Find(_element, field, ref _hint);
            if (value < 0)
            {
                return false;
            }

            _found++;
            return true;
        }

        private bool IsNull(int value) => _tokens.Kind(value) == JsonValueKind.Null;

        // A property name, for a warning: one with an escape that is no valid Unicode cannot be named.
        private string Name(int property) => _tokens.Text(property) ?? throw BadName(File, new InvalidOperationException());

        private string Describe(int value) => _tokens.Kind(value) switch
        {
            JsonValueKind.String => "the text " + Truncate(_tokens.Raw(value)),
            JsonValueKind.Number => "the number " + _tokens.Raw(value),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            _ => "an object",
        };

        // JSON allows escapes such as \uD800 that are no valid Unicode text on their own.
        private string GetText(int value, FieldName field) =>
            _tokens.Text(value) ?? throw Error(field, "The text holds an escape that is not valid Unicode (a lone surrogate).");

        private static string Truncate(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}
