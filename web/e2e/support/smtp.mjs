// A stand-in SMTP server on loopback, for specs that read the email the API sends (password reset).
// run.mjs starts it on E2E_SMTP_PORT before any spec, because the API is told that port at start.
import { createServer } from 'node:net'

const received = []
let listening = false

/** Speaks enough of RFC 5321 for .NET's SmtpClient and keeps every message, its body decoded. */
export async function startSmtpReceiver(port) {
  const server = createServer((socket) => {
    let buffer = ''
    let inData = false
    let data = []
    let to = []
    const reply = (line) => socket.write(`${line}\r\n`)
    reply('220 localhost e2e SMTP ready')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1')
      let end
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (inData) {
          if (line !== '.') data.push(line.startsWith('..') ? line.slice(1) : line)
          else {
            received.push({ to, ...parse(data) })
            inData = false
            reply('250 OK queued')
          }
          continue
        }
        switch (line.split(' ')[0].toUpperCase()) {
          case 'EHLO':
            reply('250 localhost')
            break
          case 'MAIL':
            to = []
            reply('250 OK')
            break
          case 'RCPT':
            to.push(/<([^>]*)>/.exec(line)?.[1].toLowerCase() ?? '')
            reply('250 OK')
            break
          case 'DATA':
            inData = true
            data = []
            reply('354 End data with <CR><LF>.<CR><LF>')
            break
          case 'QUIT':
            reply('221 Bye')
            socket.end()
            break
          case 'HELO':
          case 'NOOP':
          case 'RSET':
            reply('250 OK')
            break
          default:
            reply('502 Command not implemented')
        }
      }
    })
    socket.on('error', () => {})
  })
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  server.unref()
  listening = true
}

function parse(lines) {
  const split = lines.indexOf('')
  const headers = lines.slice(0, split).join('\r\n').replace(/\r\n[ \t]+/g, ' ')
  const header = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1].trim() ?? ''
  const raw = lines.slice(split + 1)
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const body =
    encoding === 'base64'
      ? Buffer.from(raw.join(''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            raw.join('\r\n').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : raw.join('\n')
  return { subject: header('Subject'), body }
}

/** The messages received for one address so far. */
export function mailTo(address) {
  if (!listening) throw new Error('no SMTP receiver: set E2E_SMTP_PORT and give the API the same Smtp__Port')
  return received.filter((mail) => mail.to.includes(address.toLowerCase()))
}
