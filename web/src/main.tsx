import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startFirstLoad } from './app/first-load'
import { createQueryClient } from './app/provider'
import './styles.css'

const queryClient = createQueryClient()
startFirstLoad(queryClient, window.location)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
)
