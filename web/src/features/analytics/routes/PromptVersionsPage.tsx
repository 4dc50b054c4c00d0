import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { usePromptVersions } from '../api/get-prompt-versions'
import { comparedVersions, usePromptVersionChoice } from '../components/prompt-version-params'
import { PromptVersionPicker } from '../components/PromptVersionPicker'
import { PromptVersionTable } from '../components/PromptVersionTable'
import { UsageView } from '../components/UsageView'

export function PromptVersionsPage() {
  const { filters } = useAnalyticsFilters()
  const { choice, choose } = usePromptVersionChoice()
  const query = usePromptVersions(filters, choice.endpointTag)
  const available = query.data?.versions.map((v) => v.promptVersion) ?? []
  const compared = comparedVersions(available, choice)
  if (filters.source === 'billed') {
    return (
      <UsageView title="Prompt versions">
        <NeedsTelemetry what="prompt versions" />
      </UsageView>
    )
  }

  return (
    <UsageView title="Prompt versions">
      <PromptVersionPicker
        filters={filters}
        endpointTag={choice.endpointTag}
        available={available}
        compared={compared}
        onChoose={choose}
      />
      <section tabIndex={0} className="card table-card" aria-label="Prompt version comparison">
        {choice.endpointTag ? (
          <QueryState
            query={query}
            what="prompt versions"
            isEmpty={(d) => d.versions.length === 0}
            empty="No calls of this endpoint tag in the range."
          >
            {({ endpointTag, versions, sourceNote }) => (
              <>
                <SourceNote note={sourceNote} filters={filters} />
                {versions.length === 1 && <p className="muted">Only one prompt version was used in this range.</p>}
                <PromptVersionTable
                  endpointTag={endpointTag}
                  versions={compared.map((name) => versions.find((v) => v.promptVersion === name)!)}
                />
              </>
            )}
          </QueryState>
        ) : (
          <p className="muted empty-state">Pick an endpoint tag to compare its prompt versions.</p>
        )}
      </section>
    </UsageView>
  )
}
