import { useState, type FormEvent, type MouseEvent } from 'react'
import { Field } from '@/components/form/Field'
import { fieldErrorsOf, FormAlert } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { formatDay, formatOptional, formatUsd } from '@/lib/format'
import { useCreateBudget, type BudgetSettings } from '../api/create-budget'
import type { Budget } from '../api/list-budgets'
import { usePreviewBudget } from '../api/preview-budget'
import { useUpdateBudget } from '../api/update-budget'
import { fieldsShownBeside, periods, scopeKinds, sources, type ScopeKind } from './budget-fields'
import { ThresholdField } from './ThresholdField'

type BudgetFormProps = {
  /** The budget to change; without one the form adds a new budget. */
  budget?: Budget
  onDone?: () => void
}

function thresholdOf(data: FormData, name: string) {
  const value = Number(data.get(`${name}Value`))
  return data.get(`${name}Unit`) === 'amountUsd' ? { percent: null, amountUsd: value } : { percent: value, amountUsd: null }
}

function settingsOf(data: FormData): BudgetSettings {
  const kind = String(data.get('scopeKind')) as ScopeKind
  return {
    name: String(data.get('name') ?? ''),
    period: String(data.get('period')) as BudgetSettings['period'],
    amountUsd: Number(data.get('amountUsd')),
    warning: thresholdOf(data, 'warning'),
    critical: thresholdOf(data, 'critical'),
    scope: kind === 'all' ? { kind } : { kind, value: String(data.get('scopeValue') ?? '') },
    hardStop: data.get('hardStop') === 'on',
    source: String(data.get('source')) as BudgetSettings['source'],
  }
}

export function BudgetForm({ budget, onDone }: BudgetFormProps) {
  const create = useCreateBudget()
  const update = useUpdateBudget()
  const preview = usePreviewBudget()
  const save = budget ? update : create
  const error = save.error ?? preview.error
  const errors = fieldErrorsOf(error)
  const [scopeKind, setScopeKind] = useState<ScopeKind>((budget?.scope.kind as ScopeKind | undefined) ?? 'all')
  const [formKey, setFormKey] = useState(0)

  function onPreview(event: MouseEvent<HTMLButtonElement>) {
    save.reset()
    preview.mutate(settingsOf(new FormData(event.currentTarget.form!)))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    preview.reset()
    event.preventDefault()
    const settings = settingsOf(new FormData(event.currentTarget))
    if (budget) {
      update.mutate({ id: budget.id, ...settings }, { onSuccess: () => onDone?.() })
    } else {
      create.mutate(settings, {
        onSuccess: () => {
          setScopeKind('all')
          setFormKey((key) => key + 1)
          onDone?.()
        },
      })
    }
  }

  return (
    <form
      key={formKey}
      onSubmit={onSubmit}
      className="budget-form"
      aria-label={budget ? `Edit ${budget.name}` : 'New budget'}
    >
      <FormAlert error={error} fields={fieldsShownBeside} />
      {budget && <CurrentFigures budget={budget} />}
      {!budget && preview.data && <CurrentFigures budget={preview.data} preview />}
      <Field label="Name" name="name" defaultValue={budget?.name} required autoComplete="off" errors={errors.name} />
      <div className="form-columns">
        <SelectField label="Period" name="period" options={periods} defaultValue={budget?.period ?? 'monthly'} />
        <Field
          label="Amount (USD)"
          name="amountUsd"
          type="number"
          min="0"
          step="any"
          required
          defaultValue={budget?.amountUsd}
          errors={errors.amountUsd}
        />
      </div>
      <div className="form-columns">
        <ThresholdField name="warning" legend="Warning at" threshold={budget?.warning} defaultPercent={80} errors={errors} />
        <ThresholdField name="critical" legend="Critical at" threshold={budget?.critical} defaultPercent={100} errors={errors} />
      </div>
      <div className="form-columns">
        <SelectField
          label="Scope"
          name="scopeKind"
          options={scopeKinds}
          value={scopeKind}
          onChange={(event) => setScopeKind(event.target.value as ScopeKind)}
        />
        {scopeKind !== 'all' && (
          <Field
            label={scopeKind === 'provider' ? 'Provider' : 'Team'}
            name="scopeValue"
            defaultValue={budget?.scope.value ?? undefined}
            required
            autoComplete="off"
            errors={[...(errors['scope.value'] ?? []), ...(errors['scope.kind'] ?? [])]}
          />
        )}
      </div>
      <SelectField label="Spend source" name="source" options={sources} defaultValue={budget?.source ?? 'auto'} />
      {errors.source && <p className="field-errors" role="alert">{errors.source.join(' ')}</p>}
      <label className="choice">
        <input type="checkbox" name="hardStop" defaultChecked={budget?.hardStop ?? false} /> Hard stop: at critical, tell clients
        to stop (ingest answers budgetExceeded and the budget status check answers not allowed)
      </label>
      <div className="button-row">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : budget ? 'Save changes' : 'Add budget'}
        </button>
        {!budget && (
          <button type="button" className="secondary" onClick={onPreview} disabled={preview.isPending}>
            {preview.isPending ? 'Measuring…' : 'Preview spend'}
          </button>
        )}
        {onDone && budget && (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}

/** A budget's last evaluation, or (preview) what an unsaved budget with the form's settings measures now. */
function CurrentFigures({ budget, preview = false }: { budget: Budget; preview?: boolean }) {
  if (!budget.evaluatedAt) return <p className="muted">Not evaluated yet: no spend or forecast to show.</p>
  return (
    <p className="muted" aria-label={preview ? 'Preview' : 'Current figures'}>
      {preview && `With these settings the budget would be ${budget.state}. `}
      Spent so far {formatUsd(budget.spendUsd)} of {formatUsd(budget.amountUsd)}; forecast for the period{' '}
      {formatOptional(budget.forecastUsd, formatUsd)}
      {budget.projectedBreachAt && `, reaching critical on ${formatDay(budget.projectedBreachAt)}`}.
    </p>
  )
}
