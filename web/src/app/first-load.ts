import type { QueryClient } from '@tanstack/react-query'
import { matchRoutes } from 'react-router'
import { overviewQuery } from '@/features/dashboards/api/get-overview'
import { dashboardsQuery } from '@/features/dashboards/api/list-dashboards'
import { parseFilters } from '@/lib/analytics/filters'
import { ensureAccessToken } from '@/lib/api'
import { meQuery } from '@/lib/session/me'
import { OverviewPage, routes, signedInRouteId } from './routes'

type Address = Pick<Location, 'pathname' | 'search'>

/**
 * Starts what the first screen of a signed-in page waits for before React renders it, at once rather than one
 * after another: the refresh call, then the account and, on the Overview, its dashboards and key figures, while
 * the Overview's code loads. They land in the query cache the pages read, so nothing is fetched twice; a failure
 * is left to the page that reads it to show.
 */
export function startFirstLoad(queryClient: QueryClient, { pathname, search }: Address) {
  const signedInPage = matchRoutes(routes, pathname)?.some(({ route }) => route.id === signedInRouteId)
  if (!signedInPage) return
  void queryClient.prefetchQuery(meQuery)
  if (pathname !== '/') return
  OverviewPage.preload().catch(() => {})
  prefetchOverview(queryClient, search).catch(() => {})
}

async function prefetchOverview(queryClient: QueryClient, search: string) {
  if (!(await ensureAccessToken())) return
  await Promise.all([
    queryClient.prefetchQuery(dashboardsQuery),
    queryClient.prefetchQuery(overviewQuery(parseFilters(new URLSearchParams(search)))),
  ])
}
