import type { ReactNode } from 'react'

type AuthCardProps = { title: string; footer: ReactNode; children: ReactNode }

export function AuthCard({ title, footer, children }: AuthCardProps) {
  return (
    <section className="card auth-card">
      <h1>{title}</h1>
      {children}
      <p className="muted">{footer}</p>
    </section>
  )
}
