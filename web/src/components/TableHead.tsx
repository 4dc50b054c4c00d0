type Column = string | { label: string; numeric: boolean }

type TableHeadProps = { columns: Column[]; withActions?: boolean }

/** Column headers of a data table; `withActions` adds an unlabeled column for row buttons. */
export function TableHead({ columns, withActions = false }: TableHeadProps) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column
          return (
            <th key={label} scope="col" className={numeric ? 'number' : undefined}>
              {label}
            </th>
          )
        })}
        {withActions && (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  )
}
