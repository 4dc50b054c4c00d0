import { useId } from 'react'
import { Field } from '@/components/form/Field'
import type { Organization } from '../api/get-organization'

type GatewayFieldsProps = { gateway: Organization['gateway']; errors: Record<string, string[]> }

/** Where the gateway sends this organization's calls; an empty input means the server's configured upstream. */
export function GatewayFields({ gateway, errors }: GatewayFieldsProps) {
  const hintId = useId()
  return (
    <fieldset className="plain-fieldset" aria-describedby={hintId}>
      <legend>
        <h3>Gateway</h3>
      </legend>
      <p id={hintId} className="muted">
        The gateway (base URL <code>/gateway/openai/v1</code> or <code>/gateway/anthropic</code>, API key in{' '}
        <code>X-AIntops-Key</code>) sends this organization&apos;s calls to these upstreams. Empty: the server&apos;s default
        provider API.
      </p>
      <div className="form-grid">
        <Field
          label="OpenAI upstream"
          name="gateway.openAi"
          type="url"
          placeholder="Server default"
          defaultValue={gateway.openAi ?? ''}
          errors={errors['gateway.openAi']}
        />
        <Field
          label="Anthropic upstream"
          name="gateway.anthropic"
          type="url"
          placeholder="Server default"
          defaultValue={gateway.anthropic ?? ''}
          errors={errors['gateway.anthropic']}
        />
      </div>
    </fieldset>
  )
}
