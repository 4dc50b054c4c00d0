using AIntops.Api.Endpoints;
using AIntops.Application.Ingest;
using AIntops.Infrastructure.Ingest;

namespace AIntops.UnitTests.Architecture;

/// <summary>
/// The shapes of one event, held to the stored columns (<see cref="EventColumns"/>): what the parser reads, what the OpenAPI
/// document describes and what the parser produces name the same fields, and each of them is stored in a column or the
/// column is one the server sets. A field or column added in one place and forgotten in another fails here.
/// </summary>
public sealed class EventShapeTests
{
    /// <summary>Stored columns no caller sends: identities, the caller's key and user, arrival time and the server's own price.</summary>
    private static readonly string[] SetByServer = ["Id", "OrganizationId", "ApiKeyId", "SentByUserId", "ReceivedAtMs", "CostNanoUsd", "PriceKnown"];

    /// <summary>Fields stored under another name or unit.</summary>
    private static readonly Dictionary<string, string> StoredAs = new()
    {
        ["UserId"] = "EndUserId", ["Timestamp"] = "TimestampMs", ["CostUsd"] = "ClientCostNanoUsd", ["MetadataJson"] = "MetadataJson",
    };

    [Fact]
    public void The_parser_the_document_and_the_parsed_event_name_the_same_fields()
    {
        var parsed = typeof(IngestEvent).GetProperties().Select(p => p.Name == "MetadataJson" ? "Metadata" : p.Name).Select(Camel).Order();
        var documented = typeof(IngestEventDocument).GetProperties().Select(p => Camel(p.Name)).Order();

        Assert.Equal(IngestEventParser.FieldNames.Order(), documented);
        Assert.Equal(IngestEventParser.FieldNames.Order(), parsed);
    }

    [Fact]
    public void Every_field_of_an_event_is_stored_and_every_stored_column_is_sent_or_set_by_the_server()
    {
        var stored = typeof(IngestEvent).GetProperties().Select(p => StoredAs.GetValueOrDefault(p.Name, p.Name));

        Assert.Equal(EventColumns.Names.Order(), stored.Concat(SetByServer).Order());
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
