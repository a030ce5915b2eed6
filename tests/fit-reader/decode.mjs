// Decodes a FIT file with Garmin's own FIT SDK and prints what it found as JSON, so the .NET tests
// can judge PaceLink's files by a reader PaceLink did not write.
// Usage: node decode.mjs FILE.fit
import { readFileSync } from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';

const bytes = readFileSync(process.argv[2]);
const decoder = new Decoder(Stream.fromByteArray(bytes));
const isFit = decoder.isFIT();
const integrity = isFit && decoder.checkIntegrity();
// The messages in file order, by name and time, so tests can check the order a platform reads them in.
const order = [];
const { messages, errors } = decoder.read({
  mesgListener: (mesgNum, message) => order.push({ mesgNum, timestamp: message.timestamp ?? null }),
  applyScaleAndOffset: true,
  expandSubFields: true,
  expandComponents: true,
  convertTypesToStrings: true,
  convertDateTimesToDates: true,
  mergeHeartRates: false,
});
process.stdout.write(JSON.stringify({
  isFit,
  integrity,
  errors: errors.map(e => String(e && e.message ? e.message : e)),
  messages,
  order,
}));
