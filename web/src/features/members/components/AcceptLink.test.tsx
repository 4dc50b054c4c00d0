import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AcceptLink } from './AcceptLink'

const invitation = {
  id: '7d1f2a64-0000-4000-8000-000000000001',
  email: 'ada@example.com',
  role: 'admin',
  expiresAt: '2026-12-13T12:00:00Z',
  token: 't',
  acceptPath: '/accept-invitation#token=t',
} as const

describe('AcceptLink', () => {
  it.each([
    ['sent', 'We emailed them the link below'],
    ['failed', 'The email could not be sent'],
    ['not_configured', 'This server has no email settings (SMTP)'],
  ] as const)('says what happened to the email when it was %s', (emailDelivery, note) => {
    render(<AcceptLink invitation={{ ...invitation, emailDelivery }} />)

    expect(screen.getByRole('status')).toHaveTextContent(note)
    expect(screen.getByRole('status')).not.toHaveTextContent('not built')
    expect(screen.getByLabelText('Accept link')).toHaveValue(`${window.location.origin}/accept-invitation#token=t`)
  })
})
