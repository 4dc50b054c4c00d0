import { Link } from 'react-router'
import { Permission, useCan } from '@/lib/session/permissions'
import { useConnectProvider } from '../api/connect-provider'
import { useMockProviders } from '../api/get-mock-providers'
import { useProviders } from '../api/list-providers'

/** The first way to get data: a provider's billing, with the bundled mock's key and URL when it runs. */
export function ConnectProviderHint({ providersLink }: { providersLink: string }) {
  const canManage = useCan(Permission.providersManage)
  const providers = useProviders()
  const mocks = useMockProviders(canManage)
  const connect = useConnectProvider()
  const mockOpenAi = mocks.data?.find((mock) => mock.provider === 'openai')

  if (providers.data?.length) {
    return <p>A provider is connected: its billing shows here as soon as its sync has fetched some (see above).</p>
  }
  if (!canManage) return <p>Ask an owner or admin of your organization to connect a provider.</p>
  return (
    <>
      <p>
        Paste a provider's <strong>admin</strong> API key in <Link to={providersLink}>Settings → Providers</Link>. The first
        sync fetches its last 30 days of billing, so the figures fill at once.
      </p>
      {mockOpenAi && (
        <>
          <p>
            The bundled mock provider is running: connect OpenAI with the key <code>{mockOpenAi.adminKey}</code> and the
            base URL <code>{mockOpenAi.baseUrl}</code>, or here in one click.
          </p>
          <button
            type="button"
            disabled={connect.isPending}
            onClick={() =>
              connect.mutate({ provider: 'openai', credentials: mockOpenAi.adminKey, baseUrl: mockOpenAi.baseUrl })
            }
          >
            {connect.isPending ? 'Connecting…' : 'Connect the mock OpenAI'}
          </button>
          {connect.isError && (
            <p role="alert" className="field-errors">
              Could not connect the mock: {connect.error.message}
            </p>
          )}
        </>
      )}
    </>
  )
}
