import { useState, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { TextAreaField } from '@/components/form/TextAreaField'
import { alertTypes } from '@/lib/alert-types'
import { useCreateChannel } from '../api/create-channel'
import type { NotificationChannel } from '../api/list-channels'
import { useUpdateChannel } from '../api/update-channel'
import { AlertTypeChoices } from './AlertTypeChoices'
import { SigningSecret } from './SigningSecret'
import {
  channelFieldErrors,
  channelKinds,
  keysShownBeside,
  parseRecipients,
  sendsToUrl,
  urlLabel,
  urlPlaceholder,
  type ChannelKind,
} from './channel-fields'

type ChannelFormProps = {
  /** The channel to change; without one the form adds a new channel. */
  channel?: NotificationChannel
  onDone?: () => void
}

const allTypes = alertTypes.map((t) => t.value as string)

/** Where the channel sends: a changed channel keeps its URL when no new one is typed. */
function targetOf(kind: ChannelKind, data: FormData, creating: boolean) {
  if (kind === 'email') return { recipients: parseRecipients(String(data.get('recipients') ?? '')) }
  const webhookUrl = String(data.get('webhookUrl') ?? '').trim()
  return webhookUrl || creating ? { webhookUrl } : {}
}

export function ChannelForm({ channel, onDone }: ChannelFormProps) {
  const create = useCreateChannel()
  const update = useUpdateChannel()
  const save = channel ? update : create
  const errors = channelFieldErrors(save.error)
  const [kind, setKind] = useState<ChannelKind>((channel?.type as ChannelKind | undefined) ?? 'slack')
  const [selectedTypes, setSelectedTypes] = useState<string[]>(channel?.alertTypes ?? allTypes)
  const [created, setCreated] = useState<NotificationChannel | null>(null)
  const targetField = sendsToUrl(kind) ? 'webhookUrl' : 'recipients'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const name = String(data.get('name') ?? '')
    const enabled = data.get('enabled') === 'on'
    const settings = { name, enabled, alertTypes: selectedTypes, ...targetOf(kind, data, !channel) }
    if (channel) {
      update.mutate({ id: channel.id, ...settings }, { onSuccess: () => onDone?.() })
    } else {
      create.mutate(
        { type: kind, ...settings },
        {
          onSuccess: (channel) => {
            form.reset()
            setSelectedTypes(allTypes)
            setCreated(channel.signingSecret ? channel : null)
            onDone?.()
          },
        },
      )
    }
  }

  return (
    <>
      {created?.signingSecret && (
        <SigningSecret channelName={created.name} secret={created.signingSecret} rotated={false} onDone={() => setCreated(null)} />
      )}
      <form onSubmit={onSubmit} className="channel-form" aria-label={channel ? `Edit ${channel.name}` : 'New channel'}>
        <FormAlert error={save.error} fields={keysShownBeside(['name', targetField, 'alertTypes'], save.error)} />
        {channel ? null : (
          <SelectField
            label="Kind"
            name="type"
            options={channelKinds}
            value={kind}
            onChange={(event) => setKind(event.target.value as ChannelKind)}
          />
        )}
        <Field label="Name" name="name" defaultValue={channel?.name} required autoComplete="off" errors={errors.name} />
        {sendsToUrl(kind) ? (
          <Field
            label={channel ? 'New webhook URL (leave empty to keep the current one)' : urlLabel(kind)}
            name="webhookUrl"
            type="url"
            placeholder={channel?.maskedWebhookUrl ?? urlPlaceholder(kind)}
            autoComplete="off"
            required={!channel}
            errors={errors.webhookUrl}
          />
        ) : (
          <TextAreaField
            label="Recipients"
            name="recipients"
            hint="Email addresses, comma-separated or one per line."
            rows={3}
            defaultValue={channel?.recipients.join('\n')}
            required
            errors={errors.recipients}
          />
        )}
        <AlertTypeChoices selected={selectedTypes} onChange={setSelectedTypes} errors={errors.alertTypes} />
        <label className="choice">
          <input type="checkbox" name="enabled" defaultChecked={channel?.enabled ?? true} /> Enabled
          {channel?.disabledByFailure && <span className="muted"> (turning it on again clears the failure)</span>}
        </label>
        <div className="button-row">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : channel ? 'Save changes' : 'Add channel'}
          </button>
          {onDone && channel && (
            <button type="button" className="secondary" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </>
  )
}
