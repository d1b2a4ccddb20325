using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

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
    internal static readonly string[] EmbeddedFiles = { "clusters.json", "alliances.json" };

    private static readonly Regex s_idPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_sourcePattern = new("^S[1-9][0-9]*$", RegexOptions.CultureInvariant);

    private static readonly JsonDocumentOptions s_jsonOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static Dataset LoadEmbedded()
    {
        var assembly = typeof(DatasetLoader).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var file in EmbeddedFiles)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new DatasetException(file, null, null, "The dataset file is missing from the module assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((file, buffer.ToArray()));
        }

        return Parse(files);
    }

    /// <summary>Parses dataset files given as (name, UTF-8 bytes). All or nothing.</summary>
    public static Dataset Parse(IEnumerable<(string File, byte[] Utf8)> files)
    {
        var clusters = new Section<ClusterRecord>(ReadCluster, r => r.Id);
        var alliances = new Section<AllianceRecord>(ReadAlliance, r => r.Id);
        var sections = new Dictionary<string, ISection>(StringComparer.Ordinal)
        {
            ["clusters"] = clusters,
            ["alliances"] = alliances,
        };

        foreach (var (file, utf8) in files)
        {
            using var document = ParseDocument(file, utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetException(file, null, null, "The file must hold a JSON object.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!sections.TryGetValue(property.Name, out var section))
                {
                    throw new DatasetException(file, null, property.Name,
                        $"Unknown section; a dataset file holds {string.Join(", ", sections.Keys.Select(k => $"'{k}'"))}.");
                }

                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new DatasetException(file, null, property.Name, "Expected an array of records.");
                }

                foreach (var element in property.Value.EnumerateArray())
                {
                    section.Read(new RecordReader(file, element));
                }
            }
        }

        return new Dataset(clusters.Records, alliances.Records);
    }

    private interface ISection
    {
        void Read(RecordReader reader);
    }

    /// <summary>The records of one kind read so far, with the ids already taken.</summary>
    private sealed class Section<T> : ISection
    {
        private readonly Func<RecordReader, T> _read;
        private readonly Func<T, string> _id;
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public Section(Func<RecordReader, T> read, Func<T, string> id)
        {
            _read = read;
            _id = id;
        }

        public List<T> Records { get; } = new();

        public void Read(RecordReader reader)
        {
            var record = _read(reader);
            if (!_ids.Add(_id(record)))
            {
                throw reader.Error("id", "The id is used by more than one record.");
            }

            Records.Add(record);
        }
    }

    private static JsonDocument ParseDocument(string file, byte[] utf8)
    {
        ReadOnlyMemory<byte> body = utf8;
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            body = body.Slice(3);
        }

        try
        {
            return JsonDocument.Parse(body, s_jsonOptions);
        }
        catch (JsonException e)
        {
            throw new DatasetException(file, null, null, "The file is not valid JSON: " + FirstSentence(e.Message),
                e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static ClusterRecord ReadCluster(RecordReader r)
    {
        var record = new ClusterRecord(
            id: r.Id(),
            name: r.RequiredString("name"),
            aliases: r.StringList("aliases"),
            chineseName: r.OptionalString("chineseName"),
            vendor: r.RequiredString("vendor"),
            country: r.RequiredString("country"),
            category: r.RequiredEnum<ClusterCategory>("category"),
            chip: r.OptionalString("chip"),
            chipDesigner: r.OptionalString("chipDesigner"),
            chipCount: r.NumberFact("chipCount", wholeNumber: true),
            secondaryChips: r.OptionalString("secondaryChips"),
            bf16DensePflops: r.NumberFact("bf16DensePflops"),
            hbmCapacityTB: r.NumberFact("hbmCapacityTB"),
            hbmBandwidthTBps: r.NumberFact("hbmBandwidthTBps"),
            scaleUpBandwidthTBps: r.NumberFact("scaleUpBandwidthTBps"),
            powerKW: r.NumberFact("powerKW"),
            racks: r.NumberFact("racks", wholeNumber: true),
            cooling: r.OptionalString("cooling"),
            interconnect: r.OptionalString("interconnect"),
            status: r.RequiredEnum<ClusterStatus>("status"),
            announced: r.DateFact("announced"),
            shownAt: r.OptionalString("shownAt"),
            partners: r.StringList("partners"),
            notes: r.OptionalString("notes"),
            sources: r.Sources("sources", required: true));
        r.RejectUnknownFields();
        return record;
    }

    private static AllianceRecord ReadAlliance(RecordReader r)
    {
        var id = r.Id();
        var members = r.StringList("members");
        var initiator = r.OptionalString("initiator");
        if (members.Count == 0)
        {
            throw r.Error("members", "An alliance needs at least one member.");
        }

        if (initiator is not null && !members.Contains(initiator, StringComparer.OrdinalIgnoreCase))
        {
            throw r.Error("initiator", $"The initiator '{initiator}' is not among the members.");
        }

        var record = new AllianceRecord(
            id: id,
            name: r.RequiredString("name"),
            aliases: r.StringList("aliases"),
            chineseName: r.OptionalString("chineseName"),
            initiator: initiator,
            members: members,
            memberListComplete: r.RequiredBoolean("memberListComplete"),
            announced: r.DateFact("announced"),
            eventName: r.OptionalString("event"),
            aim: r.OptionalString("aim"),
            notes: r.OptionalString("notes"),
            sources: r.Sources("sources", required: true));
        r.RejectUnknownFields();
        return record;
    }

    /// <summary>Reads the fields of one record, remembering which were read to catch unknown ones.</summary>
    private sealed class RecordReader
    {
        private static readonly HashSet<string> s_factFields = new(StringComparer.Ordinal)
        {
            "value", "sources", "confidence", "basis", "note", "alternatives",
        };

        private static readonly HashSet<string> s_alternativeFields = new(StringComparer.Ordinal)
        {
            "value", "sources", "note",
        };

        private readonly string _file;
        private readonly JsonElement _element;
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);
        private string? _id;

        public RecordReader(string file, JsonElement element)
        {
            _file = file;
            _element = element;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetException(file, null, null, "Each record must be a JSON object.");
            }
        }

        public DatasetException Error(string field, string problem) => new(_file, _id, field, problem);

        public string Id()
        {
            var id = RequiredString("id");
            if (!s_idPattern.IsMatch(id))
            {
                throw Error("id", $"'{id}' is not a valid id (lower-case letters, digits and single hyphens).");
            }

            _id = id;
            return id;
        }

        public string RequiredString(string field) =>
            OptionalString(field) ?? throw Error(field, "The field is required.");

        public string? OptionalString(string field)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw Error(field, $"Expected a string, found {Describe(value)}.");
            }

            var text = value.GetString()!.Trim();
            return text.Length == 0 ? throw Error(field, "The text is empty; leave the field out or use null.") : text;
        }

        public bool RequiredBoolean(string field)
        {
            if (!TryGet(field, out var value))
            {
                throw Error(field, "The field is required.");
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(field, $"Expected true or false, found {Describe(value)}."),
            };
        }

        public TEnum RequiredEnum<TEnum>(string field) where TEnum : struct, Enum
        {
            var text = RequiredString(field);
            foreach (var name in Enum.GetNames(typeof(TEnum)))
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    return (TEnum)Enum.Parse(typeof(TEnum), name);
                }
            }

            throw Error(field, $"'{text}' is not one of: {string.Join(", ", Enum.GetNames(typeof(TEnum)))}.");
        }

        public IReadOnlyList<string> StringList(string field)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return Array.Empty<string>();
            }

            return ReadStringArray(value, field);
        }

        public IReadOnlyList<string> Sources(string field, bool required)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? throw Error(field, "At least one source id is required.") : Array.Empty<string>();
            }

            return ValidateSources(ReadStringArray(value, field), field);
        }

        public Fact<double>? NumberFact(string field, bool wholeNumber = false) =>
            ReadFact(field, (element, name) => ReadNumber(element, name, wholeNumber));

        public Fact<DateTime>? DateFact(string field) => ReadFact(field, ReadDate);

        public void RejectUnknownFields()
        {
            foreach (var property in _element.EnumerateObject())
            {
                if (!_read.Contains(property.Name))
                {
                    throw Error(property.Name, "Unknown field.");
                }
            }
        }

        private Fact<T>? ReadFact<T>(string field, Func<JsonElement, string, T> readValue)
        {
            if (!TryGet(field, out var fact) || fact.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (fact.ValueKind != JsonValueKind.Object)
            {
                throw Error(field, $"Expected a figure object with 'value' and 'sources', found {Describe(fact)}.");
            }

            CheckFields(fact, field, s_factFields);
            var value = readValue(Member(fact, field, "value"), field + ".value");
            var sources = ValidateSources(ReadStringArray(Member(fact, field, "sources"), field + ".sources"),
                field + ".sources");
            var confidence = ParseEnum<Confidence>(Member(fact, field, "confidence"), field + ".confidence");
            var basis = ParseEnum<Basis>(Member(fact, field, "basis"), field + ".basis");
            var note = OptionalMemberString(fact, field + ".note", "note");

            var alternatives = Fact<T>.NoAlternatives;
            if (fact.TryGetProperty("alternatives", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw Error(field + ".alternatives", $"Expected an array, found {Describe(list)}.");
                }

                var read = new List<Alternative<T>>();
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var name = FormattableString.Invariant($"{field}.alternatives[{index++}]");
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw Error(name, $"Expected an object, found {Describe(item)}.");
                    }

                    CheckFields(item, name, s_alternativeFields);
                    read.Add(new Alternative<T>(
                        readValue(Member(item, name, "value"), name + ".value"),
                        ValidateSources(ReadStringArray(Member(item, name, "sources"), name + ".sources"),
                            name + ".sources"),
                        OptionalMemberString(item, name + ".note", "note")));
                }

                alternatives = read;
            }

            return new Fact<T>(value, sources, confidence, basis, note, alternatives);
        }

        private double ReadNumber(JsonElement value, string field, bool wholeNumber)
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                throw Error(field, $"Expected a number, found {Describe(value)}.");
            }

            if (!value.TryGetDouble(out var number) || double.IsNaN(number) || double.IsInfinity(number))
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

            return number;
        }

        private DateTime ReadDate(JsonElement value, string field)
        {
            if (value.ValueKind == JsonValueKind.String &&
                DateTime.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
            {
                return date;
            }

            throw Error(field, $"Expected a date written as yyyy-MM-dd, found {Describe(value)}.");
        }

        private TEnum ParseEnum<TEnum>(JsonElement value, string field) where TEnum : struct, Enum
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString();
                foreach (var name in Enum.GetNames(typeof(TEnum)))
                {
                    if (string.Equals(name, text, StringComparison.Ordinal))
                    {
                        return (TEnum)Enum.Parse(typeof(TEnum), name);
                    }
                }
            }

            throw Error(field,
                $"Expected one of {string.Join(", ", Enum.GetNames(typeof(TEnum)))}, found {Describe(value)}.");
        }

        private IReadOnlyList<string> ReadStringArray(JsonElement value, string field)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(field, $"Expected an array of strings, found {Describe(value)}.");
            }

            var items = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
                if (string.IsNullOrEmpty(text))
                {
                    throw Error(field, $"Expected non-empty strings, found {Describe(item)}.");
                }

                if (items.Contains(text!, StringComparer.OrdinalIgnoreCase))
                {
                    throw Error(field, $"'{text}' is listed twice.");
                }

                items.Add(text!);
            }

            return items.ToArray();
        }

        private IReadOnlyList<string> ValidateSources(IReadOnlyList<string> sources, string field)
        {
            if (sources.Count == 0)
            {
                throw Error(field, "At least one source id is required.");
            }

            foreach (var source in sources)
            {
                if (!s_sourcePattern.IsMatch(source))
                {
                    throw Error(field, $"'{source}' is not a source id (S followed by a number, such as S9).");
                }
            }

            return sources;
        }

        private string? OptionalMemberString(JsonElement parent, string field, string member)
        {
            if (!parent.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
                ? value.GetString()!.Trim()
                : throw Error(field, $"Expected non-empty text, found {Describe(value)}.");
        }

        private JsonElement Member(JsonElement parent, string parentField, string member) =>
            parent.TryGetProperty(member, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : throw Error(parentField + "." + member, "The field is required.");

        private void CheckFields(JsonElement element, string field, HashSet<string> allowed)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!allowed.Contains(property.Name))
                {
                    throw Error(field + "." + property.Name, "Unknown field.");
                }
            }
        }

        private bool TryGet(string field, out JsonElement value)
        {
            _read.Add(field);
            return _element.TryGetProperty(field, out value);
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the text \"{Truncate(value.GetString()!)}\"",
            JsonValueKind.Number => "the number " + value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => value.ValueKind.ToString(),
        };

        private static string Truncate(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}
