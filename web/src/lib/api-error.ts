export type FieldErrors = Record<string, string[]>

export type ProblemDetails = {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: Record<string, string[] | string>
}

export class ApiError extends Error {
  readonly status: number
  readonly title?: string
  readonly detail?: string
  readonly fieldErrors: FieldErrors

  constructor(status: number, problem: ProblemDetails = {}, statusText = '') {
    super(problem.detail || problem.title || statusText || `Request failed with status ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.title = problem.title
    this.detail = problem.detail
    this.fieldErrors = normalizeFieldErrors(problem.errors)
  }
}

function fieldName(key: string): string {
  const name = key.replace(/^\$\./, '')
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function normalizeFieldErrors(errors: ProblemDetails['errors']): FieldErrors {
  const result: FieldErrors = {}
  if (!errors || typeof errors !== 'object') return result
  for (const [key, value] of Object.entries(errors)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m) => typeof m === 'string')
    const name = fieldName(key)
    result[name] = [...(result[name] ?? []), ...messages]
  }
  return result
}

export async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {}
  try {
    const body: unknown = JSON.parse(await response.text())
    if (body && typeof body === 'object') problem = body as ProblemDetails
  } catch {
    problem = {}
  }
  return new ApiError(response.status, problem, response.statusText)
}
