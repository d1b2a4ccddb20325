using System;
using System.Collections.Generic;

namespace WaicTools.Model;

/// <summary>What a field holds, which decides how it is read, checked, written and walked.</summary>
internal enum FieldType
{
    /// <summary>Trimmed, non-empty text.</summary>
    Text,

    /// <summary>The id of this record or of another one ("huawei").</summary>
    Id,

    /// <summary>A source id as the id of a citation ("S9").</summary>
    SourceId,

    /// <summary>A list of record ids.</summary>
    IdList,

    /// <summary>A list of texts, such as aliases.</summary>
    Texts,

    /// <summary>One name of an enum.</summary>
    Enum,

    /// <summary>A list of names of an enum.</summary>
    EnumList,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>A date written yyyy-MM-dd, unsourced (the dataset's as-of date).</summary>
    Date,

    /// <summary>A date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    PartialDate,

    /// <summary>An http or https address.</summary>
    Url,

    /// <summary>A list of http or https addresses.</summary>
    Urls,

    /// <summary>A list of source ids.</summary>
    Sources,

    /// <summary>A sourced number: value, sources, confidence, basis, note, alternatives.</summary>
    NumberFigure,

    /// <summary>A sourced date.</summary>
    DateFigure,

    /// <summary>A nested object with fields of its own.</summary>
    Object,

    /// <summary>An array of nested objects with fields of their own.</summary>
    ObjectList,

    /// <summary>No JSON field: an output property computed from other fields or records.</summary>
    Derived,
}

/// <summary>The kinds of record one record can refer to by id.</summary>
internal enum RecordKind
{
    Clusters,
    Organizations,
    Chips,
    Events,
}

/// <summary>The plausible range of a figure, both ends included.</summary>
internal readonly struct Range
{
    public Range(double min, double max)
    {
        Min = min;
        Max = max;
    }

    public double Min { get; }
    public double Max { get; }
}

/// <summary>
/// One field of a record kind, declared once: its JSON name, what it holds, its checks, how it compares,
/// what it refers to, the output property that shows it and a one-line description. Reading, writing, the
/// walk over figures, sources and references, the comparable metrics and the generated files all follow
/// from these declarations (see <see cref="RecordSchemas"/>).
/// </summary>
internal sealed class Field
{
    private Field(string json, FieldType type, string doc)
    {
        Json = json;
        Type = type;
        Doc = doc;
    }

    /// <summary>The JSON property name; empty for a derived field.</summary>
    public string Json { get; }

    public FieldType Type { get; }

    /// <summary>
    /// Where the field's value is kept in an <see cref="Item"/>: its place among the non-derived fields of its table
    /// (or of its parent's children). -1 for a derived field.
    /// </summary>
    public int Slot { get; internal set; } = -1;

    /// <summary>The stored value of the field in a record (a string, list, enum, bool, DateTime, fact or nested object).</summary>
    public object? Get(object item) => Slot < 0 ? null : ((Item)item).Value(Slot);

    /// <summary>Makes the nested object of an Object or ObjectList field from its values.</summary>
    public Func<object?[], Item>? Create { get; private set; }

    /// <summary>Makes the stored list of an ObjectList field, typed as its items (Membership[]), from the items read.</summary>
    public Func<IReadOnlyList<Item>, object>? MakeList { get; private set; }

    /// <summary>The cross-field rules of the nested object: the first one broken, as the field it names and the problem.</summary>
    public Func<Item, (string Field, string Problem)?>? Rules { get; private set; }

    /// <summary>The number of slots of the nested object (its non-derived children).</summary>
    public int ChildSlots { get; private set; }

    public string Doc { get; }

    public bool Required { get; private set; }

    /// <summary>
    /// A name a user types and matches (a name, an alias): held to <see cref="TextRules.NameProblem"/> rather than
    /// <see cref="TextRules.TextProblem"/>.
    /// </summary>
    public bool IsName { get; private set; }

    /// <summary>The plausible range of a number figure: a value outside it is refused as a likely unit mistake.</summary>
    public Range? Range { get; private set; }

    public bool WholeNumber { get; private set; }

    /// <summary>The unit, as written after a value ("kW"); empty for counts and dates.</summary>
    public string Unit { get; private set; } = "";

    /// <summary>Whether and how Compare-Cluster compares the field; null when it is not a comparable metric.</summary>
    public BetterWhen? Compare { get; private set; }

    public BetterWhen BetterWhenOrNone => Compare ?? BetterWhen.None;

    /// <summary>The kind of record an id (or id list) refers to.</summary>
    public RecordKind? References { get; private set; }

    /// <summary>The enum type of an Enum or EnumList field.</summary>
    public Type? EnumType { get; private set; }

    /// <summary>The output property that shows the field; null when no output type shows it on its own.</summary>
    public string? Property { get; private set; }

    /// <summary>The fields of a nested object or of each item of an object list.</summary>
    public IReadOnlyList<Field> Children { get; private set; } = Array.Empty<Field>();

    /// <summary>True for a sourced figure (a number or date with sources and alternatives).</summary>
    public bool IsFigure => Type is FieldType.NumberFigure or FieldType.DateFigure;

    public static Field Of(string json, FieldType type, string doc) => new(json, type, doc);

    public static Field Derived(string property, string doc) => new("", FieldType.Derived, doc) { Property = property };

    public Field Req()
    {
        Required = true;
        return this;
    }

    public Field Naming()
    {
        IsName = true;
        return this;
    }

    public Field Show(string property)
    {
        Property = property;
        return this;
    }

    public Field In(double min, double max, string unit = "", bool whole = false)
    {
        Range = new Range(min, max);
        Unit = unit;
        WholeNumber = whole;
        return this;
    }

    /// <summary>The unit of a derived metric.</summary>
    public Field Measured(string unit)
    {
        Unit = unit;
        return this;
    }

    /// <summary>
    /// The chip field this system figure is the chip count times, and the factor from the chip's unit to the system's;
    /// null when the figure is not a per-chip sum.
    /// </summary>
    public (string ChipField, double Scale)? PerChip { get; private set; }

    /// <summary>A system figure that is <paramref name="chipField"/> times the chip count times <paramref name="scale"/>.</summary>
    public Field TimesCount(string chipField, double scale)
    {
        PerChip = (chipField, scale);
        return this;
    }

    /// <summary>
    /// The field whose count this figure is part of, and what the part is for ("racks", "for switches or
    /// interconnect"): a comparison of the whole says, as a caveat, how much of it is this part.
    /// </summary>
    public (string Whole, string What)? Part { get; private set; }

    /// <summary>A figure that counts part of <paramref name="whole"/>, the part described by <paramref name="what"/>.</summary>
    public Field PartOf(string whole, string what)
    {
        Part = (whole, what);
        return this;
    }

    public Field Compared(BetterWhen betterWhen)
    {
        Compare = betterWhen;
        return this;
    }

    public Field Ref(RecordKind kind)
    {
        References = kind;
        return this;
    }

    /// <summary>A text field that holds one of a fixed list of names (the properties Compare-Cluster compares).</summary>
    public Field OneOf(IEnumerable<string> names)
    {
        if (Type != FieldType.Text)
        {
            throw new InvalidOperationException($"Only a text field takes a list of names; '{Json}' is {Type}.");
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            values.Add(name, name);
        }

        EnumValues = values;
        return this;
    }

    public Field Of<TEnum>() where TEnum : struct, Enum
    {
        EnumType = typeof(TEnum);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in System.Enum.GetNames(typeof(TEnum)))
        {
            values.Add(name, System.Enum.Parse(typeof(TEnum), name));
        }

        EnumValues = values;
        return this;
    }

    /// <summary>The names of an enum field with their values, each boxed once, in declaration order.</summary>
    public IReadOnlyDictionary<string, object>? EnumValues { get; private set; }

    /// <summary>The fields of a nested object, and how to make it from their values.</summary>
    public Field With<TItem>(Func<object?[], TItem> create, Func<Item, (string Field, string Problem)?>? rules,
        params Field[] children) where TItem : Item
    {
        Children = children;
        Create = create;
        MakeList = items =>
        {
            var list = new TItem[items.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = (TItem)items[i];
            }

            return list;
        };
        Rules = rules;
        ChildSlots = AssignSlots(children);
        return this;
    }

    /// <summary>Gives each non-derived field its slot, in order; returns how many there are.</summary>
    internal static int AssignSlots(IReadOnlyList<Field> fields)
    {
        var slot = 0;
        foreach (var field in fields)
        {
            if (field.Type != FieldType.Derived)
            {
                field.Slot = slot++;
            }
        }

        return slot;
    }

    public override string ToString() => Json.Length > 0 ? Json : Property ?? "";
}
