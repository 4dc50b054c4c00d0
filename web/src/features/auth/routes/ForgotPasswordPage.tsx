import type { FormEvent } from 'react'
import { Link } from 'react-router'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useRequestPasswordReset } from '../api/request-password-reset'
import { AuthCard } from '../components/AuthCard'

const fields = ['email'] as const

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset()
  const errors = fieldErrorsOf(request.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    request.mutate(String(new FormData(event.currentTarget).get('email')))
  }

  return (
    <AuthCard title="Reset your password" footer={<>Remembered it? <Link to="/login">Log in</Link></>}>
      {request.isSuccess ? (
        <p role="status">{request.data.message}</p>
      ) : (
        <form onSubmit={onSubmit}>
          <p className="muted">Enter the email of your account and we will send you a link to choose a new password.</p>
          <FormAlert error={request.error} fields={fields} />
          <Field label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
          <button type="submit" disabled={request.isPending}>
            {request.isPending ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
    </AuthCard>
  )
}
