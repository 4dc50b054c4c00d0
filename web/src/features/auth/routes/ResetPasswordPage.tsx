import type { FormEvent } from 'react'
import { Link, useLocation } from 'react-router'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useResetPassword } from '../api/reset-password'
import { AuthCard } from '../components/AuthCard'
import { linkToken } from '../components/link-token'

const fields = ['newPassword'] as const

export function ResetPasswordPage() {
  const token = linkToken(useLocation().hash)
  const reset = useResetPassword()
  const errors = fieldErrorsOf(reset.error)
  const footer = (
    <>
      Link expired? <Link to="/forgot-password">Ask for a new one</Link>
    </>
  )

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    reset.mutate({ token, newPassword: String(new FormData(event.currentTarget).get('newPassword')) })
  }

  if (!token) {
    return (
      <AuthCard title="Choose a new password" footer={footer}>
        <div role="alert" className="alert">
          This link has no reset token. Open the full link from the email.
        </div>
      </AuthCard>
    )
  }
  if (reset.isSuccess) {
    return (
      <AuthCard title="Choose a new password" footer={<Link to="/login">Log in</Link>}>
        <p role="status">Your password was changed and every session of your account was signed out. Log in with the new password.</p>
      </AuthCard>
    )
  }
  return (
    <AuthCard title="Choose a new password" footer={footer}>
      <form onSubmit={onSubmit}>
        <FormAlert error={reset.error} fields={fields} />
        <Field
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.newPassword}
        />
        <button type="submit" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Set new password'}
        </button>
      </form>
    </AuthCard>
  )
}
