using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace WaicTools.Data;

/// <summary>
/// The only place that writes JSON: turns a dataset back into files of the same format the loader reads,
/// one file per kind of record, each pointing at the schema. Reading what it writes gives the same dataset.
/// </summary>
internal static class DatasetWriter
{
    public const string SchemaFile = "schema/waic-dataset.schema.json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The files of a dataset as (relative path, UTF-8 bytes), the schema included.</summary>
    public static IReadOnlyList<(string File, byte[] Utf8)> Serialize(Dataset dataset)
    {
        var files = new List<(string, byte[])>
        {
            ("dataset.json", Write("dataset", w => WriteInfo(w, dataset.Info), isArray: false)),
            ("events.json", Write("events", w => Each(w, dataset.Events, WriteEvent))),
            ("organizations.json", Write("organizations", w => Each(w, dataset.Organizations, WriteOrganization))),
            ("chips.json", Write("chips", w => Each(w, dataset.Chips, WriteChip))),
            ("clusters.json", Write("clusters", w => Each(w, dataset.Clusters, WriteCluster))),
            ("alliances.json", Write("alliances", w => Each(w, dataset.Alliances, WriteAlliance))),
            ("products.json", Write("products", w => Each(w, dataset.Products, WriteProduct))),
            ("citations.json", Write("citations", w => Each(w, dataset.Citations, WriteCitation))),
        };

        using var schema = typeof(DatasetWriter).Assembly.GetManifestResourceStream("WaicTools.Schema.waic-dataset.schema.json")
            ?? throw new InvalidOperationException("The schema is missing from the module assembly.");
        using var buffer = new MemoryStream();
        schema.CopyTo(buffer);
        files.Add((SchemaFile, buffer.ToArray()));
        return files;
    }

    private static byte[] Write(string section, Action<Utf8JsonWriter> body, bool isArray = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaFile);
            w.WritePropertyName(section);
            if (isArray)
            {
                w.WriteStartArray();
                body(w);
                w.WriteEndArray();
            }
            else
            {
                body(w);
            }

            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Each<T>(Utf8JsonWriter w, IEnumerable<T> records, Action<Utf8JsonWriter, T> write)
    {
        foreach (var record in records)
        {
            w.WriteStartObject();
            write(w, record);
            w.WriteEndObject();
        }
    }

    private static void WriteInfo(Utf8JsonWriter w, DatasetInfoRecord info)
    {
        w.WriteStartObject();
        w.WriteString("version", info.Version);
        w.WriteString("asOf", Date(info.AsOf));
        w.WriteString("event", info.EventId);
        Text(w, "title", info.Title);
        Text(w, "notes", info.Notes);
        w.WriteEndObject();
    }

    private static void WriteCluster(Utf8JsonWriter w, ClusterRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        List(w, "aliases", r.Aliases);
        Text(w, "chineseName", r.ChineseName);
        w.WriteString("vendor", r.VendorId);
        w.WriteString("category", r.Category.ToString());
        Text(w, "chip", r.ChipId);
        Text(w, "chipDesigner", r.ChipDesignerId);
        Figure(w, "chipCount", r.ChipCount);
        Text(w, "secondaryChips", r.SecondaryChips);
        Figure(w, "bf16DensePflops", r.Bf16DensePflops);
        Figure(w, "hbmCapacityTB", r.HbmCapacityTB);
        Figure(w, "hbmBandwidthTBps", r.HbmBandwidthTBps);
        Figure(w, "scaleUpBandwidthTBps", r.ScaleUpBandwidthTBps);
        Figure(w, "powerKW", r.PowerKW);
        Figure(w, "racks", r.Racks);
        Text(w, "cooling", r.Cooling);
        Text(w, "interconnect", r.Interconnect);
        w.WriteString("status", r.Status.ToString());
        Figure(w, "announced", r.Announced);
        Text(w, "shownAt", r.ShownAtId);
        List(w, "partners", r.PartnerIds);
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteAlliance(Utf8JsonWriter w, AllianceRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        List(w, "aliases", r.Aliases);
        Text(w, "chineseName", r.ChineseName);
        w.WriteStartArray("members");
        foreach (var member in r.Members)
        {
            w.WriteStartObject();
            w.WriteString("organization", member.OrganizationId);
            w.WriteString("role", member.Role.ToString());
            List(w, "sources", member.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("memberListComplete", r.MemberListComplete);
        Figure(w, "announced", r.Announced);
        Text(w, "event", r.EventId);
        Text(w, "aim", r.Aim);
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteOrganization(Utf8JsonWriter w, OrganizationRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        Text(w, "chineseName", r.ChineseName);
        List(w, "aliases", r.Aliases);
        w.WriteString("kind", r.Kind.ToString());
        List(w, "roles", r.Roles.Select(x => x.ToString()).ToArray());
        w.WriteString("country", r.Country);
        Text(w, "hqCity", r.HqCity);
        Figure(w, "founded", r.Founded);
        w.WriteStartObject("entityList");
        w.WriteString("status", r.EntityList.Status.ToString());
        Figure(w, "date", r.EntityList.Date);
        List(w, "sources", r.EntityList.Sources);
        Text(w, "note", r.EntityList.Note);
        w.WriteEndObject();
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteChip(Utf8JsonWriter w, ChipRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        w.WriteString("designer", r.DesignerId);
        w.WriteString("kind", r.Kind.ToString());
        Text(w, "process", r.Process);
        Figure(w, "diesPerPackage", r.DiesPerPackage);
        Figure(w, "bf16DenseTflops", r.Bf16DenseTflops);
        Figure(w, "hbmGB", r.HbmGB);
        Figure(w, "hbmTBps", r.HbmTBps);
        Figure(w, "scaleUpGBps", r.ScaleUpGBps);
        Figure(w, "tdpW", r.TdpW);
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteProduct(Utf8JsonWriter w, ProductRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        List(w, "aliases", r.Aliases);
        w.WriteString("company", r.CompanyId);
        w.WriteString("kind", r.Kind.ToString());
        Figure(w, "released", r.Released);
        Text(w, "shownAt", r.ShownAtId);
        Text(w, "description", r.Description);
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteEvent(Utf8JsonWriter w, EventRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        Text(w, "fullName", r.FullName);
        Text(w, "chineseName", r.ChineseName);
        w.WriteString("city", r.City);
        Text(w, "venue", r.Venue);
        Text(w, "theme", r.Theme);
        Figure(w, "start", r.Start);
        Figure(w, "end", r.End);
        Figure(w, "exhibitors", r.Exhibitors);
        Figure(w, "exhibitionAreaM2", r.ExhibitionAreaM2);
        Figure(w, "exhibits", r.Exhibits);
        Figure(w, "visits", r.Visits);
        Text(w, "notes", r.Notes);
        List(w, "sources", r.Sources);
    }

    private static void WriteCitation(Utf8JsonWriter w, CitationRecord r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("title", r.Title);
        w.WriteString("publisher", r.Publisher);
        Text(w, "date", r.Date);
        Text(w, "url", r.Url);
        Text(w, "via", r.Via);
        w.WriteString("kind", r.Kind.ToString());
        Text(w, "relayOf", r.RelayOf);
    }

    private static void Figure(Utf8JsonWriter w, string name, Fact<double>? fact) =>
        Figure(w, name, fact, (writer, field, value) => writer.WriteNumber(field, value));

    private static void Figure(Utf8JsonWriter w, string name, Fact<DateTime>? fact) =>
        Figure(w, name, fact, (writer, field, value) => writer.WriteString(field, Date(value)));

    private static void Figure<T>(Utf8JsonWriter w, string name, Fact<T>? fact, Action<Utf8JsonWriter, string, T> value)
    {
        if (fact is null)
        {
            return;
        }

        w.WriteStartObject(name);
        value(w, "value", fact.Value);
        List(w, "sources", fact.Sources);
        w.WriteString("confidence", fact.Confidence.ToString());
        w.WriteString("basis", fact.Basis.ToString());
        Text(w, "note", fact.Note);
        if (fact.Alternatives.Count > 0)
        {
            w.WriteStartArray("alternatives");
            foreach (var alternative in fact.Alternatives)
            {
                w.WriteStartObject();
                value(w, "value", alternative.Value);
                List(w, "sources", alternative.Sources);
                Text(w, "note", alternative.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void List(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
