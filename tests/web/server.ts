/**
 * A real HTTP server on loopback for the fetching tests: each path answers with a handler, and every
 * request is recorded (path and headers) for assertions.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export class TestServer {
  readonly requests: { path: string; headers: IncomingMessage["headers"] }[] = [];
  readonly routes = new Map<string, Handler>();
  readonly #server: Server;
  readonly #host: string;

  private constructor(server: Server, host: string) {
    this.#server = server;
    this.#host = host;
  }

  static async start(host = "127.0.0.1"): Promise<TestServer> {
    let self: TestServer | undefined;
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      self!.requests.push({ path, headers: req.headers });
      const handler = self!.routes.get(path);
      if (handler) handler(req, res);
      else res.writeHead(404).end("not found");
    });
    self = new TestServer(server, host);
    server.listen(0, host);
    await once(server, "listening");
    return self;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  url(path: string, host = this.#host): string {
    return `http://${host}:${this.port}${path}`;
  }

  /** Serves `body` at `path` with the given headers. */
  serve(path: string, body: string | Buffer, headers: Record<string, string> = {}): void {
    this.routes.set(path, (_req, res) => res.writeHead(200, headers).end(body));
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, "close");
  }
}

/** A news page as sites publish them: navigation, JSON-LD, a captioned photo, share buttons, a footer. */
export function newsPage(opts: {
  headline: string;
  paragraphs: string[];
  charset?: string;
  canonical?: string;
}): string {
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: opts.headline,
    datePublished: "2019-11-18T10:30:00Z",
    author: { "@type": "Person", name: "Jane Reporter" },
    publisher: { "@type": "Organization", name: "Harbour Gazette" },
  };
  return `<!doctype html><html><head>${opts.charset ? `<meta charset="${opts.charset}">` : ""}
<title>${opts.headline} | Harbour Gazette</title>
${opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : ""}
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>var tracking = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${opts.headline}</h1>
<figure><img src="a.jpg"><figcaption>Dockers at the gate on Monday. Photo: Harbour Gazette</figcaption></figure>
${opts.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<footer><p>© 2019 Harbour Gazette. All rights reserved.</p><ul><li><a href="/a">Related: tides</a></li></ul></footer>
</body></html>`;
}
