const key = 'aintops.demo-banner-dismissed'

/** For this browser tab, until demo data is loaded again. */
export const demoBannerDismissal = {
  isDismissed: () => sessionStorage.getItem(key) === '1',
  dismiss: () => sessionStorage.setItem(key, '1'),
  reset: () => sessionStorage.removeItem(key),
}
