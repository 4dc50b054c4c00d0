/** Hands a downloaded blob to the browser as a file to save. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

/** The file name a Content-Disposition header suggests, else the fallback. */
export const attachmentName = (headers: Headers, fallback: string) =>
  /filename="?([^";]+)"?/.exec(headers.get('Content-Disposition') ?? '')?.[1] ?? fallback
