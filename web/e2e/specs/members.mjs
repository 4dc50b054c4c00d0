import { atPath, check, memberRow, newAccount, openFromSidebar, overviewShown, signUp } from '../support/app.mjs'

export const name = 'members'

export async function steps(browser) {
  const owner = newAccount('Owner')
  const invitee = newAccount('Member')
  const ownerPage = await browser.newPage(await browser.newContext(), 'owner')
  let memberPage
  let acceptLink

  const memberRoleControl = (page) => page.getByRole('combobox', { name: `Role of ${invitee.name}` })
  const inviteForm = (page) => page.getByRole('region', { name: 'Invite a member' })
  const checklist = (page) => page.getByRole('region', { name: /Get started/ })

  return [
    [
      'the owner signs up and sees the default dashboard with 4 widgets and the checklist',
      async () => {
        await signUp(ownerPage, owner)
        const widgets = ownerPage.getByRole('article')
        const emptyStates = {
          'Spend over time': 'No spend in this range.',
          Budget: 'No budgets yet',
          'Token consumption': 'No tokens in this range.',
          'Cost per model': 'No models used in this range.',
        }
        for (const [title, empty] of Object.entries(emptyStates)) {
          await ownerPage.getByRole('article', { name: title }).getByText(empty).waitFor()
        }
        check((await widgets.count()) === 4, `expected 4 widgets, found ${await widgets.count()}`)
        await checklist(ownerPage).getByText('0 of 4 done').waitFor()
        await checklist(ownerPage).getByRole('link', { name: 'Invite a member' }).waitFor()
      },
    ],
    [
      'the owner invites a member, reads the accept link, and the checklist ticks itself',
      async () => {
        await openFromSidebar(ownerPage, 'Members')
        await inviteForm(ownerPage).getByLabel('Email').fill(invitee.email)
        await inviteForm(ownerPage).getByLabel('Role').selectOption('member')
        await inviteForm(ownerPage).getByRole('button', { name: 'Send invitation' }).click()
        acceptLink = await ownerPage.getByLabel('Accept link').inputValue()
        check(new URL(acceptLink).pathname === '/accept-invitation', `unexpected accept link ${acceptLink}`)
        await ownerPage.getByRole('region', { name: 'Open invitations' }).getByText(invitee.email).waitFor()
        await checklist(ownerPage).getByText('1 of 4 done').waitFor()
      },
    ],
    [
      'the invitee accepts in a second browser context with a new account',
      async () => {
        memberPage = await browser.newPage(await browser.newContext(), 'member')
        await memberPage.goto(acceptLink)
        await memberPage.getByRole('heading', { name: `Join ${owner.organization}` }).waitFor()
        await memberPage.getByText(invitee.email).waitFor()
        await memberPage.getByLabel('Name', { exact: true }).fill(invitee.name)
        await memberPage.getByLabel('Password', { exact: true }).fill(invitee.password)
        await memberPage.getByRole('button', { name: 'Create account and join' }).click()
        await atPath(memberPage, '/')
        await overviewShown(memberPage)
        await memberPage.getByText(owner.organization).waitFor()
      },
    ],
    [
      'the member sees the dashboard without controls to move, resize or add widgets',
      async () => {
        await memberPage.getByRole('article', { name: 'Cost per model' }).waitFor()
        check((await memberPage.getByRole('article').count()) === 4, 'the member does not see the 4 widgets')
        check((await memberPage.getByRole('button', { name: /^Move / }).count()) === 0, 'the member sees drag handles')
        check((await memberPage.getByLabel('Add widget').count()) === 0, 'the member may add widgets')
        check(!(await memberPage.locator('.react-resizable-handle').first().isVisible()), 'the member sees resize handles')
      },
    ],
    [
      'the member sees a read-only Members page',
      async () => {
        await openFromSidebar(memberPage, 'Members')
        await memberRow(memberPage, owner.email).waitFor()
        await memberRow(memberPage, invitee.email).getByRole('cell', { name: 'member', exact: true }).waitFor()
        check((await inviteForm(memberPage).count()) === 0, 'the member sees the invite form')
        check((await memberPage.getByRole('combobox').count()) === 0, 'the member sees role controls')
        check(
          (await memberPage.getByRole('button', { name: 'Remove' }).count()) === 0,
          'the member sees Remove buttons',
        )
      },
    ],
    [
      'the owner makes the member an admin',
      async () => {
        await ownerPage.reload()
        const changed = ownerPage.waitForResponse(
          (r) => r.request().method() === 'PATCH' && r.url().includes('/v1/members/'),
        )
        await memberRoleControl(ownerPage).selectOption('admin')
        const response = await changed
        check(response.status() === 204, `role change answered ${response.status()}`)
      },
    ],
    [
      "after a reload the member's UI shows admin controls",
      async () => {
        await memberPage.reload()
        await inviteForm(memberPage).waitFor()
        await memberRoleControl(memberPage).waitFor()
        check((await memberRoleControl(memberPage).inputValue()) === 'admin', 'the member is not shown as admin')
        await memberPage.getByRole('region', { name: 'Open invitations' }).waitFor()
      },
    ],
    [
      'the owner removes the member after confirming',
      async () => {
        await memberRow(ownerPage, invitee.email).getByRole('button', { name: 'Remove' }).click()
        await ownerPage.getByRole('button', { name: 'Yes, remove' }).click()
        await memberRow(ownerPage, invitee.email).waitFor({ state: 'detached' })
      },
    ],
    [
      "the removed member's next request ends on the login page",
      async () => {
        await memberPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
        await atPath(memberPage, '/login')
        await memberPage.getByRole('heading', { name: 'Log in' }).waitFor()
      },
    ],
  ]
}
