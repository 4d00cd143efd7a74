import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How a path misbehaves instead of serving its file. */
export type FeedFault =
  /** Accept the connection and never answer. */
  | { kind: 'hang' }
  /** Send the headers and part of the body, then stall. */
  | { kind: 'hang-body' }
  /** Answer with this HTTP status (e.g. 500, 503). */
  | { kind: 'status'; status: number }
  /** Answer 200 with a maintenance web page. */
  | { kind: 'html'; body?: string };

export interface FeedFileOptions {
  contentType?: string;
  /** false: send no ETag; a string: send this ETag. Default: derived from the content. */
  etag?: string | false;
  /** false: send no Last-Modified. Default: when the file was last set with different content. */
  lastModified?: boolean;
  /** Send no Content-Length (chunked), so a client learns the size only by reading. */
  chunked?: boolean;
}

export interface FeedRequestRecord {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number | null;
}

interface FeedFile {
  body: Buffer;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  chunked: boolean;
}

const MAINTENANCE_PAGE = '<!DOCTYPE html><html><head><title>維護中 Maintenance</title></head><body><h1>系統維護中</h1></body></html>';

/**
 * A local HTTP server standing in for an official feed: serves files that a test changes while it runs, honours
 * conditional GET (ETag / If-None-Match, Last-Modified / If-Modified-Since) like a real web server, and can be told
 * to hang, to fail with a status, or to answer with an HTML maintenance page. Records every request.
 */
export class FakeFeedServer {
  readonly requests: FeedRequestRecord[] = [];
  private readonly files = new Map<string, FeedFile>();
  private readonly faults = new Map<string, FeedFault>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private port = 0;

  /** Starts listening on a free loopback port (or the port it had before, after `stop`). */
  async start(): Promise<this> {
    const server = createServer((req, res) => this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (typeof address === 'object' && address) this.port = address.port;
    this.server = server;
    return this;
  }

  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Serves `body` at `path` from now on. Setting the same content again keeps its validators. */
  set(path: string, body: string | Buffer, options: FeedFileOptions = {}): void {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const previous = this.files.get(path);
    const unchanged = previous?.body.equals(bytes) ?? false;
    const tag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    this.files.set(path, {
      body: bytes,
      contentType: options.contentType ?? 'text/xml; charset=utf-8',
      etag: options.etag === false ? null : (options.etag ?? tag),
      lastModified: options.lastModified === false ? null : unchanged && previous?.lastModified ? previous.lastModified : new Date().toUTCString(),
      chunked: options.chunked ?? false,
    });
  }

  /** Stops serving `path` (404). */
  remove(path: string): void {
    this.files.delete(path);
  }

  /** Makes `path` (or every path, with '*') misbehave until `heal`. */
  fault(path: string | '*', fault: FeedFault): void {
    this.faults.set(path, fault);
  }

  heal(path: string | '*' = '*'): void {
    if (path === '*') this.faults.clear();
    else this.faults.delete(path);
  }

  requestsFor(path: string): FeedRequestRecord[] {
    return this.requests.filter((request) => request.path === path);
  }

  /** Stops answering: closes the listener and every open connection. `start` brings it back on the same port. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://feed').pathname;
    const record: FeedRequestRecord = {
      path,
      ifNoneMatch: header(req, 'if-none-match'),
      ifModifiedSince: header(req, 'if-modified-since'),
      status: null,
    };
    this.requests.push(record);
    const answer = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
      record.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };

    const fault = this.faults.get(path) ?? this.faults.get('*');
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') return answer(fault.status, { 'content-type': 'text/plain' }, `error ${fault.status}`);
    if (fault?.kind === 'html') return answer(200, { 'content-type': 'text/html; charset=utf-8' }, fault.body ?? MAINTENANCE_PAGE);

    const file = this.files.get(path);
    if (!file) return answer(404, { 'content-type': 'text/plain' }, 'not found');
    if (fault?.kind === 'hang-body') {
      record.status = 200;
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.byteLength) });
      res.write(file.body.subarray(0, Math.floor(file.body.byteLength / 2)));
      return;
    }
    const validators: Record<string, string> = {};
    if (file.etag) validators.etag = file.etag;
    if (file.lastModified) validators['last-modified'] = file.lastModified;
    if (isNotModified(record, file)) return answer(304, validators);
    const length: Record<string, string> = file.chunked ? {} : { 'content-length': String(file.body.byteLength) };
    answer(200, { ...validators, ...length, 'content-type': file.contentType }, file.body);
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

/** RFC 9110: If-None-Match wins over If-Modified-Since when both are sent. */
function isNotModified(request: FeedRequestRecord, file: FeedFile): boolean {
  if (request.ifNoneMatch !== null) {
    return file.etag !== null && request.ifNoneMatch.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*');
  }
  if (request.ifModifiedSince !== null && file.lastModified !== null) {
    const since = Date.parse(request.ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(file.lastModified) <= since;
  }
  return false;
}

/** Starts a fake feed server. */
export function startFakeFeedServer(): Promise<FakeFeedServer> {
  return new FakeFeedServer().start();
}
