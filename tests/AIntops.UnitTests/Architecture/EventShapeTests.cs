using AIntops.Api.Endpoints;
using AIntops.Application.Ingest;
using AIntops.Application.Requests;
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
    private static readonly string[] SetByServer = ["Id", "OrganizationRef", "ApiKeyRef", "SentByRef", "ReceivedAtMs", "CostNanoUsd", "PriceKnown"];

    /// <summary>Dimensions stored as refs to their values (docs/adr/0031-compact-event-store.md).</summary>
    private static readonly Dictionary<string, string> StoredAsRef = new()
    {
        ["Provider"] = "ProviderRef", ["Model"] = "ModelRef", ["Team"] = "TeamRef", ["EndpointTag"] = "EndpointTagRef", ["PromptVersion"] = "PromptVersionRef",
        ["UserId"] = "EndUserRef", ["Workflow"] = "WorkflowRef",
    };

    /// <summary>Fields stored under another name or unit.</summary>
    private static readonly Dictionary<string, string> StoredAs = new(StoredAsRef)
    {
        ["Timestamp"] = "TimestampMs", ["CostUsd"] = "ClientCostNanoUsd", ["MetadataJson"] = "MetadataJson",
    };

    /// <summary>Parsed from inside another field: the workflow is a string of the metadata object.</summary>
    private static readonly string[] ReadFromMetadata = ["Workflow"];

    [Fact]
    public void The_parser_the_document_and_the_parsed_event_name_the_same_fields()
    {
        var parsed = typeof(IngestEvent).GetProperties().Select(p => p.Name).Except(ReadFromMetadata)
            .Select(n => n == "MetadataJson" ? "Metadata" : n).Select(Camel).Order();
        var documented = typeof(IngestEventDocument).GetProperties().Select(p => Camel(p.Name)).Order();

        Assert.Equal(IngestEventParser.FieldNames.Order(), documented);
        Assert.Equal(IngestEventParser.FieldNames.Order(), parsed);
    }

    /// <summary>Fields that are not columns of the raw events table: request content has a table of its own (docs/adr/0024-request-content.md).</summary>
    private static readonly string[] NotAColumn = ["Input", "Output"];

    [Fact]
    public void Every_field_of_an_event_is_stored_and_every_stored_column_is_sent_or_set_by_the_server()
    {
        var stored = typeof(IngestEvent).GetProperties().Select(p => p.Name).Except(NotAColumn).Select(n => StoredAs.GetValueOrDefault(n, n));

        Assert.Equal(EventColumns.Names.Order(), stored.Concat(SetByServer).Order());
    }

    /// <summary>What the request log and exports show that is not a column of its own.</summary>
    private static readonly string[] ShownFromElsewhere = ["ApiKeyPrefix", "TeamName"];

    /// <summary>Columns the request log leaves out: the caller's own organization, who sent demo data, arrival time, a sum of shown figures, and what only the request's detail shows (the workflow is in its metadata).</summary>
    private static readonly string[] NotInTheLog = ["OrganizationRef", "SentByRef", "ReceivedAtMs", "TotalTokens", "PromptHash", "MetadataJson", "WorkflowRef"];

    private static readonly Dictionary<string, string> LoggedAs = new(StoredAsRef)
    {
        ["Timestamp"] = "TimestampMs", ["CostUsd"] = "CostNanoUsd", ["ClientCostUsd"] = "ClientCostNanoUsd", ["ApiKeyId"] = "ApiKeyRef",
    };

    [Fact]
    public void The_request_log_and_its_export_show_every_stored_column_but_the_ones_listed_as_left_out()
    {
        var shown = typeof(RequestSummary).GetProperties().Select(p => p.Name).ToList();

        Assert.Equal(EventColumns.Names.Order(), shown.Except(ShownFromElsewhere).Select(n => LoggedAs.GetValueOrDefault(n, n)).Concat(NotInTheLog).Order());
        Assert.Equal(shown.Where(n => n != nameof(RequestSummary.ApiKeyId)).Select(Camel).Order(), ExportEndpoints.RequestColumns.Order());
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
