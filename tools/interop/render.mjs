// Cucumber's own HTML report of a run's messages: node render.mjs MESSAGES.ndjson REPORT.html
import fs from 'node:fs'
import readline from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { CucumberHtmlStream } from '@cucumber/html-formatter'

const [input, output] = process.argv.slice(2)
if (!input || !output || !fs.existsSync(input)) {
  console.error(`render: no messages at ${input}; run \`resetspec run\` first`)
  process.exit(1)
}

async function* envelopes() {
  const lines = readline.createInterface({ input: fs.createReadStream(input, 'utf-8') })
  for await (const line of lines) {
    if (!line.trim()) continue
    const envelope = JSON.parse(line)
    const external = envelope.externalAttachment
    // html-formatter 24 shows attachments only, not the newer ExternalAttachment: the same
    // file, by the same relative URL, so the screenshots show beside their example.
    const fileName = external?.url.split('/').pop()
    yield external ? { attachment: { ...external, fileName, body: '', contentEncoding: 'IDENTITY' } } : envelope
  }
}

await pipeline(Readable.from(envelopes()), new CucumberHtmlStream(), fs.createWriteStream(output))
console.log(`render: ${output}`)
