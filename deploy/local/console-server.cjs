// Serves the built staff console (web/console/dist): static files, the SPA's routes answered with
// index.html, /config.json from the environment (one build fits every deployment) and a strict
// Content-Security-Policy. Production serves the same files from nginx (deploy/console/).
// CommonJS so jest's browser suite can start it in-process as well as `npm start` as a process.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Scripts only from this origin; calls only to itself, the gateway and Keycloak. antd writes its
 * styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(gatewayUrl, keycloakUrl) {
  const api = [new URL(gatewayUrl).origin, new URL(keycloakUrl).origin].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${api}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

function startConsoleServer({ port = 4100, dir, gatewayUrl, keycloakUrl, host = '0.0.0.0' }) {
  const root = path.resolve(dir);
  const config = JSON.stringify({ gatewayUrl, keycloakUrl });
  const csp = contentSecurityPolicy(gatewayUrl, keycloakUrl);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    if (url.pathname === '/health') return res.end('ok');
    if (url.pathname === '/ready') {
      res.statusCode = fs.existsSync(path.join(root, 'index.html')) ? 200 : 503;
      return res.end();
    }
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return res.end(config);
    }
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    const inside = file.startsWith(root + path.sep);
    if (inside && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // Vite names assets by content hash: they never change under the same name.
        'cache-control': url.pathname.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      });
      return fs.createReadStream(file).pipe(res);
    }
    // A missing asset is a 404; any other path is a route of the single-page app.
    if (!inside || path.extname(url.pathname)) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
    fs.createReadStream(path.join(root, 'index.html')).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://localhost:${actual}`,
        port: actual,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

module.exports = { startConsoleServer, contentSecurityPolicy };

if (require.main === module) {
  const port = Number(process.env.PORT ?? 4100);
  startConsoleServer({
    port,
    dir: process.env.CONSOLE_DIR ?? path.join(__dirname, '../../web/console/dist'),
    gatewayUrl: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql',
    keycloakUrl: process.env.KEYCLOAK_URL ?? 'http://localhost:8080',
  }).then(
    (s) => console.log(JSON.stringify({ level: 'info', msg: 'console listening', url: s.url })),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
