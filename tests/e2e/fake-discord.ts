/**
 * A small Discord-compatible server for end-to-end tests: REST v10 under /api/v10 and a JSON gateway on the
 * same port. The real discord.js client talks to it, so the bot is tested without mocks or a network.
 * It records every REST request and every gateway payload the bot sends, for assertions, and can inject
 * the faults real Discord has: REST errors and rate limits, dropped connections, invalid sessions.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface FakeDiscordOptions {
  /** Recommended shard count returned by GET /gateway/bot; each shard gets its own guild. */
  shards?: number;
  /** session_start_limit.max_concurrency; high by default so several shards identify at once. */
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
  /** Receives one line per unknown REST route; defaults to stderr. */
  log?: (line: string) => void;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path below /api/v10, e.g. "/webhooks/1/tok/messages/@original". */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  /** The files of a multipart request (attachments), in the order sent. */
  files: UploadedFile[];
  /** The status the fake answered with. */
  status?: number;
}

/** An error answer injected in place of a request's normal one (see `failNext`). */
export interface Fault {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The faults Discord answers with, as it sends them. */
export const FAULTS = {
  rateLimited: (retryAfterS: number): Fault => ({
    status: 429,
    headers: { "retry-after": String(retryAfterS) },
    body: { message: "You are being rate limited.", retry_after: retryAfterS, global: false },
  }),
  /** The interaction's token expired: replied after 3 seconds, or edited after 15 minutes. */
  unknownInteraction: { status: 404, body: { message: "Unknown interaction", code: 10062 } },
  serverError: { status: 500, body: { message: "500: Internal Server Error", code: 0 } },
} satisfies Record<string, Fault | ((...args: never[]) => Fault)>;

/** Request matchers for `failNext`. */
export const isCallback = (r: RecordedRequest) => r.method === "POST" && r.path.endsWith("/callback");
export const isChannelMessage = (r: RecordedRequest) =>
  r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path);

/** A message the bot posted (or tried to) in reply to message `messageId`. */
export function isReplyTo(r: RecordedRequest, messageId: string): boolean {
  const body = r.body as { message_reference?: { message_id?: string } } | undefined;
  return isChannelMessage(r) && body?.message_reference?.message_id === messageId;
}

export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface ReceivedOp extends GatewayPayload {
  /** Shard id of the connection, once it has identified or resumed. */
  shard: number | null;
}

/** A file part of a multipart request, as discord.js sends attachments. */
export interface UploadedFile {
  /** The form field, e.g. "files[0]". */
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

/** What the bot answered to an interaction: the callback type and the final message data. */
export interface InteractionReply {
  type: number;
  data: Record<string, unknown>;
  /** Files attached to that final message. */
  files: UploadedFile[];
  requests: RecordedRequest[];
}

/** An uploaded file, as Discord describes it in an interaction; `url` points back at the fake. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

/** A channel chosen in a channel option (see `channelOption`). */
export interface FakeChannelChoice {
  channel: Record<string, unknown>;
}

export type OptionValue = string | number | boolean | FakeAttachment | FakeChannelChoice;

/** Where an interaction comes from and who sends it. */
export interface InteractionOptions {
  /** Index of the guild (and so of the shard) it is sent in; default 0. */
  guild?: number;
  /** The subcommand the options belong to, e.g. "add" for /article add. */
  subcommand?: string;
  /** The member's permission bit set; default all of them (an administrator). */
  permissions?: string;
  /** Which member sends it: 0 (the default) is `fake.user`, any other n is `fake.member(n)`. */
  user?: number;
}

interface Session {
  id: string;
  shard: number;
  seq: number;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
}

const API_PREFIX = "/api/v10";
const CALLBACK_DEFERRED = new Set([5, 6]);
const OPTION_TYPES: Record<string, number> = { string: 3, number: 10, boolean: 5, object: 11 };
const ALL_PERMISSIONS = "2147483647";

/** Snowflakes are 17–20 digit strings; the timestamp part (above bit 22) keeps them in range. */
const EPOCH_PART = 100_000_000_000n;

function snowflake(n: number): string {
  return ((EPOCH_PART << 22n) + BigInt(n)).toString();
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly received: ReceivedOp[] = [];
  readonly bot = {
    id: snowflake(1),
    username: "QuoteBot",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
  };
  readonly user = {
    id: snowflake(2),
    username: "reader",
    discriminator: "0",
    global_name: "Reader",
    avatar: null,
  };
  readonly applicationId = this.bot.id;
  readonly guildIds: string[];
  readonly channelIds: string[];
  readonly messages = new Map<string, Record<string, unknown>>();

  #server: Server;
  #wss: WebSocketServer;
  #connections = new Set<Connection>();
  #sessions = new Map<string, Session>();
  /** Interaction token → the channel it came from, and → its @original message once created. */
  #interactionChannels = new Map<string, string>();
  #original = new Map<string, Record<string, unknown>>();
  /** Attachment id → what GET /attachments/<id>/<name> serves. */
  #files = new Map<string, { body: Buffer; contentType: string | undefined }>();
  #counter = 100;
  #waiters: { match: () => boolean; resolve: () => void }[] = [];
  #faults: { match: (r: RecordedRequest) => boolean; fault: Fault; times: number }[] = [];
  /** While held, new gateway connections get no HELLO: the bot stays disconnected. */
  #held: Connection[] | null = null;
  #options: Required<FakeDiscordOptions>;
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.#options = {
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 16,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    };
    // One guild (and text channel) per shard: a guild lives on shard (id >> 22) % shards.
    const shards = this.#options.shards;
    this.guildIds = Array.from({ length: shards }, (_, k) =>
      (((EPOCH_PART * BigInt(shards) + BigInt(k)) << 22n) + 7n).toString(),
    );
    this.channelIds = this.guildIds.map((_, k) => snowflake(10 + k));
    this.#server = createServer((req, res) => void this.#onRequest(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on("connection", (socket) => this.#onConnection(socket));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, "127.0.0.1");
    await once(fake.#server, "listening");
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** Value for DISCORD_API_BASE. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /** Member n of the guilds; member 0 is `user`. */
  member(n: number): typeof this.user {
    return n === 0 ? this.user : { ...this.user, id: snowflake(200 + n), username: `reader${n}` };
  }

  /** Shard ids that have completed IDENTIFY (READY sent) or RESUME. */
  get readyShards(): number[] {
    return [...this.#connections].flatMap((c) => (c.session ? [c.session.shard] : []));
  }

  async stop(): Promise<void> {
    for (const { socket } of this.#connections) socket.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ── waiting ────────────────────────────────────────────────────────────────

  /** Resolves once `match` holds, re-checked after every request and gateway payload. */
  async waitFor(match: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (match()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`fake-discord: timed out waiting for ${what}`)),
        timeoutMs,
      );
      this.#waiters.push({
        match,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async waitForRequest(
    match: (r: RecordedRequest) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<RecordedRequest> {
    await this.waitFor(() => this.requests.some(match), what, timeoutMs);
    return this.requests.find(match) as RecordedRequest;
  }

  async waitForOp(op: number, count = 1, timeoutMs?: number): Promise<ReceivedOp[]> {
    const ops = () => this.received.filter((p) => p.op === op);
    await this.waitFor(() => ops().length >= count, `${count}× gateway op ${op}`, timeoutMs);
    return ops();
  }

  async waitForShardsReady(count = this.#options.shards, timeoutMs?: number): Promise<void> {
    await this.waitFor(() => new Set(this.readyShards).size >= count, `${count} ready shard(s)`, timeoutMs);
  }

  /** The bot's answer to an interaction: the callback, or the edit of @original that follows a deferral. */
  async replyTo(interactionId: string, timeoutMs?: number): Promise<InteractionReply> {
    const token = `token-${interactionId}`;
    const callback = await this.waitForRequest(
      (r) =>
        succeeded(r) && r.method === "POST" && r.path === `/interactions/${interactionId}/${token}/callback`,
      `callback for interaction ${interactionId}`,
      timeoutMs,
    );
    const { type, data } = callback.body as { type: number; data?: Record<string, unknown> };
    if (!CALLBACK_DEFERRED.has(type))
      return { type, data: data ?? {}, files: callback.files, requests: [callback] };
    const edit = await this.waitForRequest(
      (r) =>
        succeeded(r) &&
        r.method === "PATCH" &&
        r.path === `/webhooks/${this.applicationId}/${token}/messages/@original`,
      `edit of @original for interaction ${interactionId}`,
      timeoutMs,
    );
    return {
      type,
      data: edit.body as Record<string, unknown>,
      files: edit.files,
      requests: [callback, edit],
    };
  }

  /** The message a reply to interaction `interactionId` created (its @original), as last edited. */
  originalMessage(interactionId: string): Record<string, unknown> | undefined {
    return this.#original.get(`token-${interactionId}`);
  }

  /** The bot's message that replies (message_reference) to `messageId`. */
  async replyToMessage(messageId: string, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => succeeded(r) && isReplyTo(r, messageId),
      `reply to message ${messageId}`,
      timeoutMs,
    );
  }

  // ── driving the bot ────────────────────────────────────────────────────────

  /** Sends a slash command; returns the interaction id. */
  sendChatInput(
    name: string,
    options: Record<string, OptionValue> = {},
    from: InteractionOptions = {},
  ): string {
    return this.#sendInteraction(2, from, { ...this.#commandData(name, options, from.subcommand), type: 1 });
  }

  /** Sends an autocomplete request with `focused` as the option being typed. */
  sendAutocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    from: InteractionOptions = {},
  ): string {
    const data = this.#commandData(name, options, from.subcommand, focused);
    return this.#sendInteraction(4, from, { ...data, type: 1 });
  }

  /**
   * Makes a file the bot can download, as if a member had uploaded it; pass it as an option value.
   * `size` overrides the size Discord would report, to test checks made before downloading.
   */
  attachment(
    filename: string,
    body: string | Uint8Array,
    { contentType, size }: { contentType?: string; size?: number } = {},
  ): FakeAttachment {
    const id = this.#nextId();
    const bytes = Buffer.from(body);
    this.#files.set(id, { body: bytes, contentType });
    const url = `${this.baseUrl}/attachments/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: size ?? bytes.length,
      url,
      proxy_url: url,
      ...(contentType ? { content_type: contentType } : {}),
    };
  }

  /** The text channel of guild `guild`, as a channel option's value. */
  channelOption(guild = 0): FakeChannelChoice {
    return { channel: { ...this.#channelPayload(guild), permissions: ALL_PERMISSIONS } };
  }

  /** Whether the bot has fetched the attachment's file. */
  downloaded(attachment: FakeAttachment): boolean {
    return this.requests.some(
      (r) => r.method === "GET" && r.path.startsWith(`/attachments/${attachment.id}/`),
    );
  }

  /** Presses a button on a message the bot sent (by message id); returns the interaction id. */
  sendButton(customId: string, messageId: string, guild = 0): string {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake-discord: no bot message ${messageId}`);
    return this.#sendInteraction(3, { guild }, { custom_id: customId, component_type: 2 }, { message });
  }

  /** Posts a user message in the guild's channel; returns its id. */
  sendMessage(content: string, { mentionBot = true, guild = 0, user = 0 } = {}): string {
    const id = this.#nextId();
    const author = this.member(user);
    this.#dispatchToGuild(guild, "MESSAGE_CREATE", {
      id,
      type: 0,
      channel_id: this.#channel(guild),
      guild_id: this.#guild(guild),
      author,
      member: this.#member(author).member,
      content,
      ...messageDefaults(),
      mentions: mentionBot ? [{ ...this.bot, member: this.#member(this.bot).member }] : [],
    });
    return id;
  }

  /** The next `times` requests that `match` get `fault` instead of their normal answer. */
  failNext(match: (r: RecordedRequest) => boolean, fault: Fault, times = 1): void {
    this.#faults.push({ match, fault, times });
  }

  /** Sends op 9 INVALID_SESSION: the bot resumes when `resumable`, else identifies afresh. */
  invalidateSession(resumable: boolean): void {
    for (const connection of this.#connections) this.#send(connection, { op: 9, d: resumable });
  }

  /**
   * Drops every connection (close code 4000, so the bot tries to resume) and keeps new ones waiting
   * for HELLO until `releaseGateway`, as during an outage. Before the bot starts, it holds its login.
   */
  holdGateway(): void {
    this.#held = [];
    this.closeGateway(4000);
  }

  releaseGateway(): void {
    const held = this.#held ?? [];
    this.#held = null;
    for (const connection of held) if (this.#connections.has(connection)) this.#hello(connection);
  }

  /** Closes every gateway connection (or one shard's) with a close code, as Discord does on errors. */
  closeGateway(code: number, shard?: number): void {
    for (const connection of this.#connections) {
      if (shard === undefined || connection.session?.shard === shard)
        connection.socket.close(code, "fake close");
    }
  }

  // ── REST ───────────────────────────────────────────────────────────────────

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const raw = await readBody(req);
    const path = decodeURIComponent(
      url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname,
    );
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      headers: req.headers,
      ...parseBody(raw, req.headers["content-type"]),
    };
    this.requests.push(request);
    const file = this.#file(request);
    if (file) {
      res.writeHead(200, file.contentType ? { "content-type": file.contentType } : {}).end(file.body);
      this.#wake();
      return;
    }
    const fault = this.#takeFault(request);
    if (fault) {
      request.status = fault.status;
      res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
      res.end(JSON.stringify(fault.body));
      this.#wake();
      return;
    }
    const [status, payload] = this.#route(request);
    if (status === 404) this.#options.log(`fake-discord: unknown route ${request.method} ${url.pathname}`);
    request.status = status;
    send(res, status, payload);
    this.#wake();
  }

  #takeFault(r: RecordedRequest): Fault | undefined {
    const armed = this.#faults.find((f) => f.match(r));
    if (!armed) return undefined;
    armed.times -= 1;
    if (armed.times === 0) this.#faults = this.#faults.filter((f) => f !== armed);
    return armed.fault;
  }

  #file(r: RecordedRequest): { body: Buffer; contentType: string | undefined } | undefined {
    const match = r.method === "GET" ? r.path.match(/^\/attachments\/(\d+)\//) : null;
    return match ? this.#files.get(match[1] as string) : undefined;
  }

  #route(r: RecordedRequest): [number, unknown] {
    const { method, path } = r;
    if (method === "GET" && path === "/gateway/bot") return [200, this.#gatewayInfo()];
    if (method === "GET" && path === "/gateway") return [200, { url: this.gatewayUrl }];
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return this.#callback(r);
    const webhook = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (webhook) return this.#webhook(r, webhook[3]);
    const channel = path.match(/^\/channels\/(\d+)\/messages$/);
    if (channel && method === "POST")
      return [200, this.#storeMessage(channel[1] as string, this.#attach(r.body, r.files))];
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (r.body as unknown[]).map((c, i) => ({ id: snowflake(500 + i), ...(c as object) }))];
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  #gatewayInfo(): unknown {
    return {
      url: this.gatewayUrl,
      shards: this.#options.shards,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 86_400_000,
        max_concurrency: this.#options.maxConcurrency,
      },
    };
  }

  #callback(r: RecordedRequest): [number, unknown] {
    const { type, data } = r.body as { type: number; data?: Record<string, unknown> };
    // Message-bearing callbacks create @original; remember it so buttons and edits can refer to it.
    if (type === 4 || type === 5) {
      const token = r.path.split("/")[3] as string;
      const message = this.#attach(data ?? {}, r.files);
      this.#original.set(token, this.#storeMessage(this.#channelOf(token), message, true));
    }
    return [204, undefined];
  }

  #webhook(r: RecordedRequest, messageId: string | undefined): [number, unknown] {
    const token = r.path.split("/")[3] as string;
    const original = this.#original.get(token);
    if (messageId === "@original" && r.method === "GET")
      return original ? [200, original] : [404, unknownMessage];
    if (messageId === "@original" && r.method === "PATCH") {
      if (!original) return [404, unknownMessage];
      Object.assign(original, this.#attach(r.body, r.files));
      return [200, original];
    }
    if (!messageId && r.method === "POST")
      return [200, this.#storeMessage(this.#channelOf(token), this.#attach(r.body, r.files), true)];
    return [404, { message: "404: Not Found", code: 0 }];
  }

  /**
   * A message's fields with its uploaded files as Discord returns them: each attachment gets an id, a
   * size and a URL that serves the bytes, so the bot's attachments can be downloaded back.
   */
  #attach(fields: unknown, files: readonly UploadedFile[]): unknown {
    const sent = (fields as { attachments?: { id?: string | number; filename?: string }[] } | undefined)
      ?.attachments;
    if (!sent || files.length === 0) return fields;
    const attachments = sent.map((a, i) => {
      const file = files.find((f) => f.field === `files[${a.id ?? i}]`) ?? files[i];
      const id = this.#nextId();
      const filename = a.filename ?? file?.filename ?? "file";
      const url = `${this.baseUrl}/attachments/${id}/${encodeURIComponent(filename)}`;
      if (file) this.#files.set(id, { body: file.data, contentType: file.contentType });
      return {
        id,
        filename,
        size: file?.data.length ?? 0,
        url,
        proxy_url: url,
        content_type: file?.contentType,
      };
    });
    return { ...(fields as object), attachments };
  }

  #storeMessage(channelId: string, body: unknown, fromWebhook = false): Record<string, unknown> {
    const id = this.#nextId();
    const message: Record<string, unknown> = {
      id,
      type: 0,
      channel_id: channelId,
      author: this.bot,
      content: "",
      ...messageDefaults(),
      ...(fromWebhook ? { webhook_id: this.applicationId, application_id: this.applicationId } : {}),
      ...(body as object),
    };
    this.messages.set(id, message);
    return message;
  }

  // ── gateway ────────────────────────────────────────────────────────────────

  #onConnection(socket: WebSocket): void {
    const connection: Connection = { socket, session: null };
    this.#connections.add(connection);
    socket.on("close", () => this.#connections.delete(connection));
    socket.on("message", (raw) => this.#onGatewayMessage(connection, String(raw)));
    if (this.#held) this.#held.push(connection);
    else this.#hello(connection);
  }

  #hello(connection: Connection): void {
    this.#send(connection, { op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } });
  }

  #onGatewayMessage(connection: Connection, raw: string): void {
    const payload = JSON.parse(raw) as GatewayPayload;
    if (payload.op === 1) this.#send(connection, { op: 11, d: null });
    if (payload.op === 2) this.#identify(connection, payload.d as { shard?: [number, number] });
    if (payload.op === 6) this.#resume(connection, payload.d as { session_id: string });
    this.received.push({ ...payload, shard: connection.session?.shard ?? null });
    this.#wake();
  }

  #identify(connection: Connection, d: { shard?: [number, number] }): void {
    const shard = d.shard?.[0] ?? 0;
    const session: Session = { id: `session-${this.#nextId()}`, shard, seq: 0 };
    connection.session = session;
    this.#sessions.set(session.id, session);
    const guilds = this.guildIds.filter((_, k) => k % this.#options.shards === shard);
    this.#dispatch(connection, "READY", {
      v: 10,
      user: { ...this.bot, flags: 0, verified: true, mfa_enabled: false },
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: d.shard ?? [0, 1],
      application: { id: this.applicationId, flags: 0 },
    });
    for (const id of guilds) this.#dispatch(connection, "GUILD_CREATE", this.#guildPayload(id));
  }

  #resume(connection: Connection, d: { session_id: string }): void {
    const session = this.#sessions.get(d.session_id);
    if (!session) {
      this.#send(connection, { op: 9, d: false });
      return;
    }
    connection.session = session;
    // Nothing happened while the bot was away, so there is nothing to replay.
    this.#dispatch(connection, "RESUMED", {});
  }

  #dispatch(connection: Connection, t: string, d: unknown): void {
    const session = connection.session;
    const s = session ? ++session.seq : null;
    this.#send(connection, { op: 0, t, s, d });
  }

  #dispatchToGuild(guild: number, t: string, d: unknown): void {
    const shard = guild % this.#options.shards;
    const connection = [...this.#connections].find((c) => c.session?.shard === shard);
    if (!connection) throw new Error(`fake-discord: shard ${shard} is not connected`);
    this.#dispatch(connection, t, d);
  }

  #send(connection: Connection, payload: GatewayPayload): void {
    connection.socket.send(JSON.stringify(payload));
  }

  #sendInteraction(
    type: number,
    { guild = 0, permissions = ALL_PERMISSIONS, user = 0 }: InteractionOptions,
    data: unknown,
    extra: Record<string, unknown> = {},
  ): string {
    const id = this.#nextId();
    this.#interactionChannels.set(`token-${id}`, this.#channel(guild));
    this.#dispatchToGuild(guild, "INTERACTION_CREATE", {
      id,
      application_id: this.applicationId,
      type,
      token: `token-${id}`,
      version: 1,
      guild_id: this.#guild(guild),
      channel_id: this.#channel(guild),
      channel: this.#channelPayload(guild),
      member: { ...this.#member(this.member(user)).member, user: this.member(user), permissions },
      app_permissions: ALL_PERMISSIONS,
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": this.#guild(guild) },
      context: 0,
      attachment_size_limit: 10_485_760,
      data,
      ...extra,
    });
    return id;
  }

  #commandData(
    name: string,
    values: Record<string, OptionValue>,
    subcommand?: string,
    focused?: string,
  ): Record<string, unknown> {
    const isChannel = (v: OptionValue): v is FakeChannelChoice => typeof v === "object" && "channel" in v;
    const options = Object.entries(values).map(([key, value]) => ({
      name: key,
      type: isChannel(value) ? 7 : (OPTION_TYPES[typeof value] ?? 3),
      value: isChannel(value) ? value.channel.id : typeof value === "object" ? value.id : value,
      ...(key === focused ? { focused: true } : {}),
    }));
    const objects = Object.values(values).filter((v) => typeof v === "object");
    const attachments = objects.filter((v): v is FakeAttachment => !isChannel(v));
    const channels = objects.filter(isChannel).map((v) => v.channel);
    const resolved = {
      ...(attachments.length ? { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } : {}),
      ...(channels.length ? { channels: Object.fromEntries(channels.map((c) => [c.id, c])) } : {}),
    };
    return {
      id: snowflake(400),
      name,
      options: subcommand ? [{ name: subcommand, type: 1, options }] : options,
      ...(Object.keys(resolved).length ? { resolved } : {}),
    };
  }

  #guildPayload(id: string): unknown {
    const index = this.guildIds.indexOf(id);
    return {
      id,
      name: `Newsroom ${index}`,
      icon: null,
      owner_id: this.user.id,
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [
        {
          id,
          name: "@everyone",
          permissions: ALL_PERMISSIONS,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [this.#channelPayload(index)],
      threads: [],
      members: [{ ...this.#member(this.bot).member, user: this.bot }],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      premium_tier: 0,
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      preferred_locale: "en-US",
    };
  }

  #channelPayload(guild: number): Record<string, unknown> {
    return {
      id: this.#channel(guild),
      type: 0,
      guild_id: this.#guild(guild),
      name: "newsroom",
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      parent_id: null,
      rate_limit_per_user: 0,
    };
  }

  #member(user: { id: string }): { member: Record<string, unknown> } {
    return {
      member: {
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        user_id: user.id,
      },
    };
  }

  #channelOf(token: string): string {
    return this.#interactionChannels.get(token) ?? this.#channel(0);
  }

  #guild(index: number): string {
    const id = this.guildIds[index];
    if (!id) throw new Error(`fake-discord: no guild ${index}`);
    return id;
  }

  #channel(index: number): string {
    return this.channelIds[index] as string;
  }

  #nextId(): string {
    this.#counter += 1;
    return snowflake(this.#counter);
  }

  #wake(): void {
    const ready = this.#waiters.filter((w) => w.match());
    this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}

const unknownMessage = { message: "Unknown Message", code: 10008 };

function succeeded(r: RecordedRequest): boolean {
  return r.status !== undefined && r.status < 400;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** discord.js sends JSON, or multipart with a `payload_json` part and one part per file. */
function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; files: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("application/json"))
    return { body: JSON.parse(raw.toString("utf8")), files: [] };
  const boundary = contentType?.match(/boundary=(?:"([^"]+)"|([^;\s]+))/);
  if (!boundary) return { body: raw.toString("utf8"), files: [] };
  const parts = multipartParts(raw, (boundary[1] ?? boundary[2]) as string);
  const json = parts.find((p) => p.field === "payload_json");
  return {
    body: json ? JSON.parse(json.data.toString("utf8")) : undefined,
    files: parts.filter((p) => p.filename !== ""),
  };
}

/** The parts of a multipart/form-data body, bytes kept as they are (a PNG is not UTF-8). */
function multipartParts(raw: Buffer, boundary: string): UploadedFile[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: UploadedFile[] = [];
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === "--") break;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) break;
    // Each part sits between "\r\n" after its delimiter and "\r\n" before the next one.
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString("utf8");
    parts.push({
      field: /;\s*name="([^"]*)"/.exec(headers)?.[1] ?? "",
      filename: /;\s*filename="([^"]*)"/.exec(headers)?.[1] ?? "",
      contentType: /^content-type:\s*([^\r\n]+)/im.exec(headers)?.[1],
      data: Buffer.from(part.subarray(split + 4)),
    });
    at = next;
  }
  return parts;
}

/** A 204 must not carry a JSON content type: @discordjs/rest would try to parse the empty body. */
function send(res: ServerResponse, status: number, payload: unknown): void {
  if (status === 204 || payload === undefined) {
    res.writeHead(status === 200 ? 204 : status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
}

/** The fields of a Discord message that the tests never vary. */
function messageDefaults() {
  return {
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [] as unknown[],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  };
}
