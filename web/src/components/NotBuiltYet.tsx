type NotBuiltYetProps = { title: string; purpose: string }

export function NotBuiltYet({ title, purpose }: NotBuiltYetProps) {
  return (
    <section className="card">
      <h1>{title}</h1>
      <p>Not built yet — {purpose}</p>
    </section>
  )
}
