import type { FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useAuthSettings } from '../api/get-auth-settings'
import { useSignup, type SignupInput } from '../api/signup'
import { AuthCard } from '../components/AuthCard'

const fields = ['name', 'email', 'password', 'organizationName'] as const

export function SignupPage() {
  const settings = useAuthSettings()
  if (settings.data?.signupOpen === false) return <SignupClosed />
  return <SignupForm />
}

function SignupClosed() {
  return (
    <AuthCard title="Create your account" footer={<>Already have one? <Link to="/login">Log in</Link></>}>
      <p role="status">
        Signup is closed on this server. To join, ask an owner of your organization for an invitation and open the
        link in its email.
      </p>
    </AuthCard>
  )
}

function SignupForm() {
  const navigate = useNavigate()
  const signup = useSignup()
  const errors = fieldErrorsOf(signup.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const input = Object.fromEntries(fields.map((f) => [f, String(form.get(f))])) as SignupInput
    signup.mutate(input, { onSuccess: () => navigate('/', { replace: true }) })
  }

  return (
    <AuthCard title="Create your account" footer={<>Already have one? <Link to="/login">Log in</Link></>}>
      <form onSubmit={onSubmit}>
        <FormAlert error={signup.error} fields={fields} />
        <Field label="Name" name="name" autoComplete="name" required errors={errors.name} />
        <Field label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.password}
        />
        <Field
          label="Organization name"
          name="organizationName"
          autoComplete="organization"
          required
          errors={errors.organizationName}
        />
        <button type="submit" disabled={signup.isPending}>
          {signup.isPending ? 'Creating account…' : 'Create account'}
        </button>
      </form>
    </AuthCard>
  )
}
