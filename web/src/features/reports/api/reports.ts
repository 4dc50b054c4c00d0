import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, download } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { attachmentName, saveFile } from '@/lib/save-file'
import { boardPackQuery } from '../components/report-dates'

export type WeeklyReport = components['schemas']['WeeklyReport']
export type ReportWeekItem = components['schemas']['ReportWeekItem']
export type WeeklyReportSent = components['schemas']['WeeklyReportSent']
export type BoardPack = components['schemas']['BoardPack']
export type Days = { from: string; to: string }

const reportsQueryKey = ['reports'] as const

export const useReportWeeks = () =>
  useQuery({
    queryKey: [...reportsQueryKey, 'weeks'],
    queryFn: ({ signal }) => api.get<ReportWeekItem[]>('/v1/reports/weekly/weeks', { signal }),
  })

export const useWeeklyReport = (week: string | undefined) =>
  useQuery({
    queryKey: [...reportsQueryKey, 'weekly', week ?? 'latest'],
    queryFn: ({ signal }) => api.get<WeeklyReport>(`/v1/reports/weekly${week ? `?week=${encodeURIComponent(week)}` : ''}`, { signal }),
  })

/** Sends the week's report to every channel subscribed to weekly reports, then reloads when it was sent. */
export function useSendWeeklyReport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (week: string) => api.post<WeeklyReportSent>(`/v1/reports/weekly/send?week=${encodeURIComponent(week)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsQueryKey }),
  })
}

export const useBoardPack = (days: Days) =>
  useQuery({
    queryKey: [...reportsQueryKey, 'board-pack', days],
    queryFn: ({ signal }) => api.get<BoardPack>(`/v1/reports/board-pack?${boardPackQuery(days)}`, { signal }),
  })

export async function downloadBoardPack(days: Days) {
  const { blob, headers } = await download(`/v1/reports/board-pack.zip?${boardPackQuery(days)}`)
  saveFile(blob, attachmentName(headers, 'board-pack.zip'))
}
