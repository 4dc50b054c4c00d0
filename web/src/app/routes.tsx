import { Navigate, type RouteObject } from 'react-router'
import { RequireAuth } from '@/features/auth/components/RequireAuth'
import { LoginPage } from '@/features/auth/routes/LoginPage'
import { SignupPage } from '@/features/auth/routes/SignupPage'
import { HomePage } from '@/features/home/routes/HomePage'
import { AppLayout } from './AppLayout'

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      { element: <RequireAuth />, children: [{ index: true, element: <HomePage /> }] },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]
