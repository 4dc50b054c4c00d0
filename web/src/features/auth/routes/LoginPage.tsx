import type { FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useLogin } from '../api/login'
import { AuthCard } from '../components/AuthCard'

const fields = ['email', 'password'] as const

export function LoginPage() {
  const navigate = useNavigate()
  const location = useLocation()
  const login = useLogin()
  const errors = fieldErrorsOf(login.error)
  const from = (location.state as { from?: string } | null)?.from ?? '/'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const input = { email: String(form.get('email')), password: String(form.get('password')) }
    login.mutate(input, { onSuccess: () => navigate(from, { replace: true }) })
  }

  return (
    <AuthCard title="Log in" footer={<>No account yet? <Link to="/signup">Create one</Link></>}>
      <form onSubmit={onSubmit}>
        <FormAlert error={login.error} fields={fields} />
        <Field label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.password}
        />
        <p>
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </AuthCard>
  )
}
