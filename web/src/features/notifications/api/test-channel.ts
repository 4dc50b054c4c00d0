import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ChannelTestResult = components['schemas']['ChannelTestResult']

export const testChannel = (id: string) => api.post<ChannelTestResult>(`/v1/notification-channels/${id}/test`)

/** Sends a test message now; the outcome is the API's answer, nothing on the channel changes. */
export function useTestChannel() {
  return useMutation({ mutationFn: testChannel })
}
