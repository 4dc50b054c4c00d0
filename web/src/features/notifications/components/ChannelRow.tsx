import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { RowEditButtons, RowEditPanels, useRowEditing } from '@/components/RowEditPanels'
import { formatDateTime } from '@/lib/format'
import { useDeleteChannel } from '../api/delete-channel'
import type { NotificationChannel } from '../api/list-channels'
import { useRotateSecret } from '../api/rotate-secret'
import { useTestChannel } from '../api/test-channel'
import { ChannelForm } from './ChannelForm'
import { AlertTypesCell, failureIsCurrent, LastDeliveryCell, StateCell, TargetCell } from './ChannelState'
import { SigningSecret } from './SigningSecret'
import { TestOutcome } from './TestOutcome'
import { channelKindLabel } from './channel-fields'

type ChannelRowProps = { channel: NotificationChannel; canManage: boolean }

const columnCount = 7

export function ChannelRow({ channel, canManage }: ChannelRowProps) {
  const { editing, open, close, closeAsRowGoes, openerRef } = useRowEditing()
  const test = useTestChannel()
  const remove = useDeleteChannel()
  const rotate = useRotateSecret()
  const [confirmingRotation, setConfirmingRotation] = useState(false)

  return (
    <>
      <tr>
        <td>{channel.name}</td>
        <td>{channelKindLabel(channel.type)}</td>
        <TargetCell channel={channel} />
        <AlertTypesCell channel={channel} />
        <StateCell channel={channel} />
        <LastDeliveryCell channel={channel} />
        {canManage && (
          <td className="row-actions">
            {!editing && (
              <>
                <button type="button" className="secondary" disabled={test.isPending} onClick={() => test.mutate(channel.id)}>
                  {test.isPending ? 'Sending…' : 'Send test'}
                </button>{' '}
                {channel.type === 'webhook' && (
                  <>
                    <button type="button" className="secondary" onClick={() => setConfirmingRotation(true)}>
                      Rotate secret
                    </button>{' '}
                  </>
                )}
                <RowEditButtons open={open} openerRef={openerRef} />
              </>
            )}
          </td>
        )}
      </tr>
      {channel.lastError && (
        <tr className={failureIsCurrent(channel) ? 'row-error' : 'row-note'}>
          <td colSpan={columnCount} role={failureIsCurrent(channel) ? 'alert' : undefined}>
            {channel.disabledByFailure ? 'Switched off after a failed delivery' : 'Last failed delivery'}
            {channel.lastErrorAt ? ` (${formatDateTime(channel.lastErrorAt)})` : ''}: {channel.lastError}
            {channel.disabledByFailure && ' Fix the settings, then enable the channel again.'}
          </td>
        </tr>
      )}
      {confirmingRotation && (
        <tr className="row-confirm">
          <td colSpan={columnCount}>
            <ConfirmInline
              label={`Confirm rotating the secret of ${channel.name}`}
              question={`Give ${channel.name} a new signing secret? The current one stops signing at once: update your receiver.`}
              confirm="Yes, rotate"
              pending={rotate.isPending}
              pendingText="Rotating…"
              onConfirm={() => rotate.mutate(channel.id, { onSettled: () => setConfirmingRotation(false) })}
              onCancel={() => setConfirmingRotation(false)}
            />
          </td>
        </tr>
      )}
      {(rotate.data?.signingSecret || rotate.error) && (
        <tr className="row-note">
          <td colSpan={columnCount}>
            {rotate.data?.signingSecret ? (
              <SigningSecret channelName={channel.name} secret={rotate.data.signingSecret} rotated onDone={() => rotate.reset()} />
            ) : (
              <p role="alert">Could not rotate the secret of {channel.name}: {rotate.error?.message}</p>
            )}
          </td>
        </tr>
      )}
      {(test.data || test.error) && (
        <tr className="row-note">
          <td colSpan={columnCount}>
            <TestOutcome channelName={channel.name} result={test.data} error={test.error} />
          </td>
        </tr>
      )}
      <RowEditPanels
        name={channel.name}
        columnCount={columnCount}
        editing={editing}
        form={<ChannelForm channel={channel} onDone={close} />}
        deleteQuestion={`Delete ${channel.name}? Alerts stop going there and its delivery history is deleted.`}
        deleting={remove}
        onDelete={() => remove.mutate(channel.id, { onSuccess: closeAsRowGoes, onError: close })}
        onClose={close}
      />
    </>
  )
}
