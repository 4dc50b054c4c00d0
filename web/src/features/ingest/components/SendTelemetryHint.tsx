import { Link } from 'react-router'

const example = (origin: string) => `curl -X POST ${origin}/v1/ingest \\
  -H "X-API-Key: $AINTOPS_KEY" -H 'Content-Type: application/json' \\
  -d '{"externalRequestId":"req-123","provider":"openai","model":"gpt-4o-mini",
       "endpointTag":"checkout.summary","userId":"u_1","team":"payments",
       "inputTokens":120,"outputTokens":45,"latencyMs":820}'`

const openTelemetry = (origin: string) => `OTEL_EXPORTER_OTLP_ENDPOINT=${origin}/otlp
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
OTEL_EXPORTER_OTLP_HEADERS=x-api-key=$AINTOPS_KEY
OTEL_SERVICE_NAME=checkout-service`

/** The second way to get data: one telemetry event per LLM call, sent with an API key. */
export function SendTelemetryHint({ apiKeysLink }: { apiKeysLink: string }) {
  return (
    <>
      <p>
        Create an API key in <Link to={apiKeysLink}>Settings → API keys</Link>, then send one event per LLM call. Telemetry
        tells which team, user and feature spent the money:
      </p>
      <pre className="code-block" aria-label="Example telemetry call">
        <code>{example(window.location.origin)}</code>
      </pre>
      <p>
        Already tracing your LLM calls with OpenTelemetry (OpenLLMetry, OpenLIT, Semantic Kernel, Microsoft.Extensions.AI)?
        Point the exporter here instead; every model-call span becomes an event:
      </p>
      <pre className="code-block" aria-label="OpenTelemetry exporter settings">
        <code>{openTelemetry(window.location.origin)}</code>
      </pre>
    </>
  )
}
