// The benchmark's static server (node:http only): the production site at `/`, the generated
// dataset files at `/bench-data/` and the bare reference page at `/bare/`, all on one origin so
// that `?data=<same-origin path>` works for both pages. Nothing is cached (`no-store`).
// Standalone, for poking at the pages by hand: `npx tsx bench/server.ts [port]`.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BARE_OUT_DIR, BUILD_DIR, DATA_DIR } from './paths';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The site served at `/`: build/, or the runner's copy of it. */
let siteDir = BUILD_DIR;

/** URL prefixes and the directories they serve; the first match wins. */
const mounts = (): readonly [prefix: string, dir: string][] => [
	['/bench-data/', DATA_DIR],
	['/bare/', BARE_OUT_DIR],
	['/', siteDir]
];

/**
 * The file a URL path names, or null. A directory stands for its index.html, and an extensionless
 * path for the prerendered `<path>.html` (adapter-static's layout). Paths never leave their mount.
 */
export function fileFor(urlPath: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
	} catch {
		return null;
	}
	if (path === '/bare') path = '/bare/';
	for (const [prefix, dir] of mounts()) {
		if (!path.startsWith(prefix)) continue;
		const full = normalize(join(dir, path.slice(prefix.length)));
		if (full !== dir && !full.startsWith(dir + sep)) return null;
		for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
			try {
				if (statSync(candidate).isFile()) return candidate;
			} catch {
				// try the next candidate
			}
		}
		return null;
	}
	return null;
}

export interface RunningServer {
	server: Server;
	origin: string;
	close(): Promise<void>;
}

/** Starts the server on a free loopback port (or the one given), with `site` at `/`. */
export async function startServer(port = 0, site = BUILD_DIR): Promise<RunningServer> {
	siteDir = site;
	const server = createServer((req, res) => {
		const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(req.url ?? '/') : null;
		if (!file) {
			res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
			res.end('Not found');
			return;
		}
		res.writeHead(200, {
			'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size,
			'Cache-Control': 'no-store'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	// Page loads are sequential; keep-alive sockets would only delay close().
	server.keepAliveTimeout = 1_000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		server,
		origin: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { origin } = await startServer(Number(process.argv[2] ?? 4180));
	console.log(
		`Serving ${BUILD_DIR} at ${origin}/, ${DATA_DIR} at /bench-data/, ${BARE_OUT_DIR} at /bare/`
	);
}
