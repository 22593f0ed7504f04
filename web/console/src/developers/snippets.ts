/**
 * The webhook receiver's check as the developer page shows it; developers.test.ts runs this very
 * text against the webhooks service's own signer, so the page cannot drift from the platform.
 */
export const WEBHOOK_CHECK_JS = `const { createHmac, timingSafeEqual } = require('node:crypto');

// rawBody: the request body exactly as received (a string), before JSON.parse.
function verifyPmSignature(secret, header, rawBody, toleranceS = 300) {
  const { t, v1 = '' } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(t)) <= toleranceS;
  return fresh && v1.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}`;
