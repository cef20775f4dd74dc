// test/sim/xenstored.ts — a small xenstored for the Node simulation of kernel.ts.
//
// What it does: keeps a tree of nodes with owner + permission lists like C xenstored's, serves the
// guest's ring (struct xenstore_domain_interface: req[] at 0, rsp[] at 1024, indexes at 2048…2060)
// with the requests kernel.ts sends (READ, WRITE, RM, WATCH, UNWATCH), echoes req_id, sends ERROR replies by errno
// name, takes every whole request in req[] in one turn and answers them in order (so a guest may
// have several in flight; `replies` records how many had arrived at each reply), fires watches (once on registration, and on every change at or below the watched path),
// and can be made awkward on purpose: consume and produce only a few bytes per turn (so ring
// wrap-around and messages bigger than the ring are exercised), slip watch events in before
// replies, or inject raw bytes / bad indexes (hostile backend tests).
// It also records what the toolstack side sees (the tree, with exists/list/value) and every
// request the guest sent (guestWrites/guestRemoves count them per path) for assertions. The
// tree starts as libxl (or xenopsd) leaves a new domain's, permissions included
// (makeToolstackNodes), and a resume in a new domain gets those nodes made again, the guest's
// directories (data/, attr/, ...) and the control/feature-* keys afresh.
// What it does not do: transactions, quotas, MKDIR, DIRECTORY, GET_DOMAIN_PATH and the
// rest of the protocol that kernel.ts never sends (they get ENOSYS, as an old xenstored would
// answer an unknown type).

import { kernelConstants } from "./kernel-constants";
import { SimMemory } from "./memory";

// The ring layout, the message header and the message types, as kernel.ts declares them (so the
// two cannot disagree; the real-Xen rig is what checks them against a real xenstored).
export const {
  XS_REQ, XS_RSP, XS_REQ_CONS, XS_REQ_PROD, XS_RSP_CONS, XS_RSP_PROD, XS_RING_SIZE,
  XS_HEADER_BYTES, XS_PAYLOAD_MAX,
  XS_READ, XS_WATCH, XS_WRITE, XS_RM, XS_WATCH_EVENT, XS_ERROR,
} = kernelConstants(
  "XS_REQ", "XS_RSP", "XS_REQ_CONS", "XS_REQ_PROD", "XS_RSP_CONS", "XS_RSP_PROD", "XS_RING_SIZE",
  "XS_HEADER_BYTES", "XS_PAYLOAD_MAX",
  "XS_READ", "XS_WATCH", "XS_WRITE", "XS_RM", "XS_WATCH_EVENT", "XS_ERROR",
);

export type Permission = "n" | "r" | "w" | "b";

export interface StoreNode {
  value: Buffer;
  owner: number;
  /** access of every domain without its own entry (xenstored: the first entry's letter) */
  others: Permission;
  perms: Map<number, Permission>;
}

export interface Watch {
  path: string;      // as the guest wrote it
  absolute: string;
  token: string;
}

export interface XenstoredOptions {
  domid: number;
  /** 'xl': control/ read-only to the guest except the pre-created nodes; 'xenopsd': the guest owns control/ */
  toolstack: "xl" | "xenopsd";
  /** bytes of req[] consumed per turn (Infinity: all) */
  requestChunk: number;
  /** bytes written into rsp[] per turn */
  replyChunk: number;
  /** initial free-running index values (wrap-around tests) */
  initialRequestIndex: number;
  initialReplyIndex: number;
}

/** xs_wire.h XS_UNWATCH (kernel.ts had no use for it before issue 13; sim.test.ts pins it) */
export const XS_UNWATCH = 5;

/** A request as the tests list it: its type's name and its path ("WATCH control/shutdown"). */
export function describeRequest(request: { type: number; payload: Buffer }): string {
  const names: Record<number, string> = { [XS_READ]: "READ", [XS_WATCH]: "WATCH", [XS_WRITE]: "WRITE", [XS_UNWATCH]: "UNWATCH" };
  return `${names[request.type] ?? String(request.type)} ${request.payload.toString("latin1").split("\0")[0]}`;
}

class XsError extends Error {
  constructor(readonly errno: string) {
    super(errno);
  }
}

export class SimXenstored {
  readonly tree = new Map<string, StoreNode>();
  readonly watches: Watch[] = [];
  /** every request the guest sent, with the absolute path its first argument names (then) */
  readonly requests: { type: number; reqId: number; payload: Buffer; absolute: string }[] = [];
  /**
   * every reply (or ERROR) made, with how many requests had arrived by then (an index into
   * `requests`): a guest that sends several requests before it reads a reply shows as a first
   * reply made with several requests already in
   */
  readonly replies: { reqId: number; requestsReceived: number }[] = [];
  private inbound = Buffer.alloc(0);
  private outbound: Buffer[] = [];
  /** watch events to slip in before each of the next replies */
  spuriousEventsBeforeReplies = 0;
  /** set when the guest's indexes were impossible (xenstored stops serving, as error 2) */
  brokenRing = false;
  /** turns to do nothing at all (a silent xenstored) */
  silentTurns = 0;
  /** turns to go silent the first time the request ring is found full (the guest must wait) */
  stallWhenRequestRingFull = 0;
  /** raw messages to send just before the next reply (e.g. a reply to some other request) */
  readonly beforeNextReply: Buffer[] = [];
  /** /local/domain/<domid>: a resume in a new domain moves it */
  home: string;

  constructor(
    private readonly memory: SimMemory,
    private readonly ring: number,
    private readonly notifyGuest: () => void,
    readonly options: XenstoredOptions,
  ) {
    this.home = `/local/domain/${options.domid}`;
    memory.setU32(ring + XS_REQ_CONS, options.initialRequestIndex);
    memory.setU32(ring + XS_REQ_PROD, options.initialRequestIndex);
    memory.setU32(ring + XS_RSP_CONS, options.initialReplyIndex);
    memory.setU32(ring + XS_RSP_PROD, options.initialReplyIndex);
    this.buildTree();
  }

  // ---- the tree as libxl / xenopsd leave it ----

  private buildTree(): void {
    const d = this.options.domid;
    const dom0Only = (value = ""): StoreNode => ({ value: Buffer.from(value), owner: 0, others: "n", perms: new Map([[d, "r"]]) });
    this.tree.set("/", { value: Buffer.alloc(0), owner: 0, others: "n", perms: new Map() });
    this.tree.set("/local", { value: Buffer.alloc(0), owner: 0, others: "r", perms: new Map() });
    this.tree.set("/local/domain", { value: Buffer.alloc(0), owner: 0, others: "r", perms: new Map() });
    this.tree.set(this.home, dom0Only());
    this.tree.set(`${this.home}/domid`, dom0Only(String(d)));
    this.tree.set(`${this.home}/name`, dom0Only("test-vm"));
    this.makeToolstackNodes();
  }

  /**
   * The nodes libxl__domain_make (tools/libs/light/libxl_create.c) gives every domain it makes:
   *  - control/ the guest may only read ("roperm": dom0's, domid r), and in it, empty and the
   *    guest's own ("rwperm"), only control/shutdown, feature-poweroff, feature-reboot,
   *    feature-suspend and sysrq (feature-s3/s4 are for HVM only) — so a guest cannot make
   *    control/feature-balloon or control/testing itself (EACCES) — and the two keys libxl
   *    writes "1" into, platform-feature-multiprocessor-suspend and
   *    platform-feature-xs_reset_watches, which inherit control/'s permissions;
   *  - device/ read-only with device/suspend/event-channel the guest's (so a guest that removed
   *    that key cannot make it again);
   *  - data/, drivers/, feature/, attr/ and error/, empty and the guest's: where a guest agent
   *    writes (data/os_name, data/meminfo_*, attr/PVAddons/*, data/test-vm/status...).
   * Under xenopsd (xenopsd's Domain.make) the guest owns control/ (empty but for
   * platform-feature-multiprocessor-suspend = "1", which dom0 writes into the guest's directory,
   * so it is the guest's too), error/, drivers/, attr/, data/, messages/ and vm-data/; device/ is
   * made as under xl (the simulation's assumption: xenopsd makes it the guest's).
   * Nodes already there are left alone.
   */
  private makeToolstackNodes(): void {
    const d = this.options.domid;
    const dom0Only = (value = "") => (): StoreNode => ({ value: Buffer.from(value), owner: 0, others: "n", perms: new Map([[d, "r"]]) });
    const guestOwned = (value = "") => (): StoreNode => ({ value: Buffer.from(value), owner: d, others: "n", perms: new Map() });
    const make = (key: string, node: () => StoreNode) => {
      if (!this.tree.has(`${this.home}/${key}`)) this.tree.set(`${this.home}/${key}`, node());
    };
    if (this.options.toolstack === "xl") {
      make("control", dom0Only());
      for (const key of ["shutdown", "feature-poweroff", "feature-reboot", "feature-suspend", "sysrq"]) {
        make(`control/${key}`, guestOwned());
      }
      make("control/platform-feature-multiprocessor-suspend", dom0Only("1"));
      make("control/platform-feature-xs_reset_watches", dom0Only("1"));
    } else {
      make("control", guestOwned());
      make("control/platform-feature-multiprocessor-suspend", guestOwned("1"));
    }
    make("device", dom0Only());
    make("device/suspend", dom0Only()); // made by xenstored on the way, with device/'s permissions
    make("device/suspend/event-channel", guestOwned());
    for (const dir of SimXenstored.guestDirectories(this.options.toolstack)) make(dir, guestOwned());
  }

  /** the directories the toolstack makes empty and the guest's, for it to write into (see above) */
  static guestDirectories(toolstack: "xl" | "xenopsd"): string[] {
    return toolstack === "xl"
      ? ["data", "drivers", "feature", "attr", "error"]
      : ["error", "drivers", "attr", "data", "messages", "vm-data"];
  }

  absolute(path: string): string {
    return path.startsWith("/") ? path : `${this.home}/${path}`;
  }

  private parent(path: string): string {
    const i = path.lastIndexOf("/");
    return i <= 0 ? "/" : path.slice(0, i);
  }

  private closestAncestor(path: string): StoreNode {
    let p = path;
    for (;;) {
      p = this.parent(p);
      const node = this.tree.get(p);
      if (node) return node;
      if (p === "/") return this.tree.get("/")!;
    }
  }

  private access(domid: number, node: StoreNode): Permission {
    if (domid === 0 || node.owner === domid) return "b";
    return node.perms.get(domid) ?? node.others;
  }

  private canRead(domid: number, node: StoreNode): boolean {
    const a = this.access(domid, node);
    return a === "r" || a === "b";
  }

  private canWrite(domid: number, node: StoreNode): boolean {
    const a = this.access(domid, node);
    return a === "w" || a === "b";
  }

  // ---- operations, shared by the guest's requests and the toolstack/tester API ----

  read(domid: number, path: string): Buffer {
    const abs = this.absolute(path);
    const node = this.tree.get(abs);
    if (!node) throw new XsError(this.canRead(domid, this.closestAncestor(abs)) ? "ENOENT" : "EACCES");
    if (!this.canRead(domid, node)) throw new XsError("EACCES");
    return node.value;
  }

  write(domid: number, path: string, value: Buffer): void {
    const abs = this.absolute(path);
    const node = this.tree.get(abs);
    if (node) {
      if (!this.canWrite(domid, node)) throw new XsError("EACCES");
      node.value = Buffer.from(value);
    } else {
      this.create(domid, abs, value);
    }
    this.fire(abs);
  }

  private create(domid: number, abs: string, value: Buffer): void {
    const ancestor = this.closestAncestor(abs);
    if (!this.canWrite(domid, ancestor)) throw new XsError("EACCES");
    // Intermediate nodes first, each inheriting its parent's list (xenstored construct_node).
    const missing: string[] = [];
    for (let p = abs; !this.tree.has(p); p = this.parent(p)) missing.unshift(p);
    for (const p of missing) {
      const parent = this.tree.get(this.parent(p))!;
      const inherited: StoreNode = {
        value: p === abs ? Buffer.from(value) : Buffer.alloc(0),
        owner: domid === 0 ? parent.owner : domid,
        others: parent.others,
        perms: new Map(parent.perms),
      };
      this.tree.set(p, inherited);
    }
  }

  remove(domid: number, path: string): void {
    const abs = this.absolute(path);
    const node = this.tree.get(abs);
    if (!node) {
      if (!this.tree.has(this.parent(abs))) throw new XsError("ENOENT");
      return;
    }
    if (!this.canWrite(domid, node)) throw new XsError("EACCES");
    for (const key of [...this.tree.keys()]) {
      if (key === abs || key.startsWith(abs + "/")) this.tree.delete(key);
    }
    this.fire(abs);
  }

  /** the tester's `xenstore-chmod PATH n0 b<domid>`: make a node guest-writable */
  chmodGuestWritable(path: string): void {
    const node = this.tree.get(this.absolute(path));
    if (!node) throw new Error(`no node ${path}`);
    node.perms.set(this.options.domid, "b");
  }

  value(path: string): string | undefined {
    return this.tree.get(this.absolute(path))?.value.toString("latin1");
  }

  exists(path: string): boolean {
    return this.tree.has(this.absolute(path));
  }

  /** the names of a node's children, as `xenstore-ls`/DIRECTORY gives them (creation order); [] if none or no node */
  list(path: string): string[] {
    const abs = this.absolute(path);
    const prefix = abs === "/" ? "/" : abs + "/";
    const names: string[] = [];
    for (const key of this.tree.keys()) {
      if (key.startsWith(prefix) && key.length > prefix.length && !key.slice(prefix.length).includes("/")) {
        names.push(key.slice(prefix.length));
      }
    }
    return names;
  }

  /**
   * The guest's XS_WRITE requests to `path` (relative to the current home, or absolute), the
   * written values in order — whether they succeeded or not.
   */
  guestWrites(path: string): Buffer[] {
    const abs = this.absolute(path);
    return this.requests
      .filter((q) => q.type === XS_WRITE && q.absolute === abs)
      .map((q) => q.payload.subarray(q.payload.indexOf(0) + 1));
  }

  /** the guest's XS_RM requests of `path` (relative to the current home, or absolute) */
  guestRemoves(path: string): number {
    const abs = this.absolute(path);
    return this.requests.filter((q) => q.type === XS_RM && q.absolute === abs).length;
  }

  /**
   * The tester's `xenstore-chmod -r PATH n0 r<domid>`: the node and everything below it dom0's,
   * readable but not writable by the guest (so its writes there fail with EACCES, and a node it
   * would create below them too).
   */
  chmodReadOnly(path: string): void {
    const abs = this.absolute(path);
    if (!this.tree.has(abs)) throw new Error(`no node ${path}`);
    for (const [key, node] of this.tree) {
      if (key !== abs && !key.startsWith(abs + "/")) continue;
      node.owner = 0;
      node.others = "n";
      node.perms = new Map([[this.options.domid, "r"]]);
    }
  }

  private fire(abs: string): void {
    for (const w of this.watches) {
      if (abs === w.absolute || abs.startsWith(w.absolute + "/") || w.absolute.startsWith(abs + "/")) {
        const reported = w.path.startsWith("/") ? abs : (abs === w.absolute ? w.path : abs.slice(this.home.length + 1));
        this.queueEvent(reported, w.token);
      }
    }
  }

  private queueEvent(path: string, token: string): void {
    this.queueMessage(XS_WATCH_EVENT, 0, Buffer.from(`${path}\0${token}\0`, "latin1"));
  }

  queueMessage(type: number, reqId: number, payload: Buffer): void {
    const header = Buffer.alloc(XS_HEADER_BYTES); // struct xsd_sockmsg: type, req_id, tx_id, len
    header.writeUInt32LE(type, 0);
    header.writeUInt32LE(reqId >>> 0, 4);
    header.writeUInt32LE(0, 8);
    header.writeUInt32LE(payload.length, 12);
    this.outbound.push(header, payload);
  }

  /** hostile-backend tests: raw bytes straight into the reply stream */
  injectRaw(bytes: Buffer): void {
    this.outbound.push(bytes);
  }

  // ---- the ring ----

  /** One turn of the daemon. Returns true if it moved any byte. */
  service(): boolean {
    if (this.silentTurns > 0) {
      this.silentTurns--;
      return false;
    }
    let moved = false;
    const m = this.memory;
    const r = this.ring;
    if (!this.brokenRing) {
      const cons = m.u32(r + XS_REQ_CONS);
      const prod = m.u32(r + XS_REQ_PROD);
      const available = (prod - cons) >>> 0;
      if (available === XS_RING_SIZE && this.stallWhenRequestRingFull > 0) {
        this.silentTurns = this.stallWhenRequestRingFull - 1;
        this.stallWhenRequestRingFull = 0;
        return false;
      }
      if (available > XS_RING_SIZE) {
        this.brokenRing = true;
      } else if (available > 0) {
        const take = Math.min(available, this.options.requestChunk);
        const bytes = Buffer.alloc(take);
        for (let i = 0; i < take; i++) bytes[i] = m.readByte(r + XS_REQ + ((cons + i) & (XS_RING_SIZE - 1)));
        m.setU32(r + XS_REQ_CONS, (cons + take) >>> 0);
        this.inbound = Buffer.concat([this.inbound, bytes]);
        moved = true;
        this.handleInbound();
      }
    }
    moved = this.flushOutbound() || moved;
    if (moved) this.notifyGuest();
    return moved;
  }

  hasPendingOutput(): boolean {
    return this.outbound.some((b) => b.length > 0);
  }

  private flushOutbound(): boolean {
    const m = this.memory;
    const r = this.ring;
    let budget = this.options.replyChunk;
    let moved = false;
    while (budget > 0 && this.outbound.length > 0) {
      const cons = m.u32(r + XS_RSP_CONS);
      const prod = m.u32(r + XS_RSP_PROD);
      const used = (prod - cons) >>> 0;
      if (used >= XS_RING_SIZE) break;
      const head = this.outbound[0];
      const n = Math.min(head.length, XS_RING_SIZE - used, budget);
      for (let i = 0; i < n; i++) m.writeByte(r + XS_RSP + ((prod + i) & (XS_RING_SIZE - 1)), head[i]);
      m.setU32(r + XS_RSP_PROD, (prod + n) >>> 0);
      budget -= n;
      moved = moved || n > 0;
      if (n === head.length) this.outbound.shift();
      else this.outbound[0] = head.subarray(n);
    }
    return moved;
  }

  // Every whole request in what has come in is taken off first and only then answered, in
  // order, as xenstored handles a ring holding several requests: the replies log shows how many
  // had arrived when each reply was made.
  private handleInbound(): void {
    const arrived: { type: number; reqId: number; payload: Buffer }[] = [];
    while (this.inbound.length >= XS_HEADER_BYTES) {
      const len = this.inbound.readUInt32LE(12);
      if (len > XS_PAYLOAD_MAX) {
        this.brokenRing = true; // xenstored kills such a connection (error 3)
        break;
      }
      if (this.inbound.length < XS_HEADER_BYTES + len) break;
      const type = this.inbound.readUInt32LE(0);
      const reqId = this.inbound.readUInt32LE(4);
      const payload = Buffer.from(this.inbound.subarray(XS_HEADER_BYTES, XS_HEADER_BYTES + len));
      this.inbound = this.inbound.subarray(XS_HEADER_BYTES + len);
      const nul = payload.indexOf(0);
      const path = payload.subarray(0, nul < 0 ? payload.length : nul).toString("latin1");
      this.requests.push({ type, reqId, payload, absolute: this.absolute(path) });
      arrived.push({ type, reqId, payload });
    }
    for (const { type, reqId, payload } of arrived) this.handleRequest(type, reqId, payload);
  }

  private reply(type: number, reqId: number, payload: Buffer): void {
    this.replies.push({ reqId, requestsReceived: this.requests.length });
    this.outbound.push(...this.beforeNextReply.splice(0));
    while (this.spuriousEventsBeforeReplies > 0 && this.watches.length > 0) {
      this.spuriousEventsBeforeReplies--;
      for (const w of this.watches) this.queueEvent(w.path, w.token);
    }
    this.queueMessage(type, reqId, payload);
  }

  private handleRequest(type: number, reqId: number, payload: Buffer): void {
    const d = this.options.domid;
    const args = (n: number): string[] => {
      const parts = payload.toString("latin1").split("\0");
      if (parts.length !== n + 1 || parts[n] !== "") throw new XsError("EINVAL");
      return parts.slice(0, n);
    };
    try {
      switch (type) {
        case XS_READ: {
          const [path] = args(1);
          this.reply(type, reqId, this.read(d, path));
          break;
        }
        case XS_WRITE: {
          const nul = payload.indexOf(0);
          if (nul < 0) throw new XsError("EINVAL");
          const path = payload.subarray(0, nul).toString("latin1");
          this.write(d, path, payload.subarray(nul + 1));
          this.reply(type, reqId, Buffer.from("OK\0"));
          break;
        }
        case XS_RM: {
          const [path] = args(1);
          this.remove(d, path);
          this.reply(type, reqId, Buffer.from("OK\0"));
          break;
        }
        case XS_WATCH: {
          const [path, token] = args(2);
          // xenstored's do_watch: the same path and token again is EEXIST (and fires nothing)
          if (this.watches.some((w) => w.path === path && w.token === token)) throw new XsError("EEXIST");
          this.watches.push({ path, absolute: this.absolute(path), token });
          this.reply(type, reqId, Buffer.from("OK\0"));
          this.queueEvent(path, token); // "we fire once up front"
          break;
        }
        case XS_UNWATCH: {
          // xenstored's do_unwatch: the watch with this path (as the guest wrote it) and token,
          // or ENOENT. Events already queued for it are still delivered.
          const [path, token] = args(2);
          const at = this.watches.findIndex((w) => w.path === path && w.token === token);
          if (at < 0) throw new XsError("ENOENT");
          this.watches.splice(at, 1);
          this.reply(type, reqId, Buffer.from("OK\0"));
          break;
        }
        default:
          throw new XsError("ENOSYS");
      }
    } catch (e) {
      if (!(e instanceof XsError)) throw e;
      this.reply(XS_ERROR, reqId, Buffer.from(`${e.errno}\0`));
    }
  }

  /** a resumed domain's new connection: no watches, nothing half-read (the ring indexes stay) */
  reconnect(): void {
    this.watches.length = 0;
    this.inbound = Buffer.alloc(0);
    this.outbound = [];
    this.brokenRing = false;
  }

  /**
   * A resume in a new domain with id `domid`: the toolstack gives the new domain its home, with
   * what the old one held (so a command the guest could not acknowledge is still there, as the
   * kernel's repeat guard expects), owned and readable by the new id instead of the old; the old
   * home goes with the old domain; and the guest gets a new connection (`reconnect`).
   */
  moveToDomain(domid: number): void {
    const oldDomid = this.options.domid;
    const oldHome = this.home;
    const newHome = `/local/domain/${domid}`;
    const renumber = (id: number) => (id === oldDomid ? domid : id);
    for (const [key, node] of [...this.tree]) {
      if (key !== oldHome && !key.startsWith(oldHome + "/")) continue;
      this.tree.delete(key);
      this.tree.set(newHome + key.slice(oldHome.length), {
        value: key === `${oldHome}/domid` ? Buffer.from(String(domid)) : node.value,
        owner: renumber(node.owner),
        others: node.others,
        perms: new Map([...node.perms].map(([id, perm]) => [renumber(id), perm])),
      });
    }
    this.options.domid = domid;
    this.home = newHome;
    // The new domain was made by libxl__domain_make too: its suspend channel key starts empty
    // (the port written there was the old domain's), and what the guest removed is made again.
    // So do the guest's directories (data/, attr/, ...: a guest agent writes its keys again in
    // the new domain) and the control/feature-* keys (the guest advertises again what it
    // handles; a feature key libxl does not make is gone).
    const fresh = [
      `${newHome}/device/suspend/event-channel`,
      ...SimXenstored.guestDirectories(this.options.toolstack).map((dir) => `${newHome}/${dir}`),
    ];
    for (const key of [...this.tree.keys()]) {
      const dropped = fresh.some((f) => key === f || key.startsWith(f + "/")) || key.startsWith(`${newHome}/control/feature-`);
      if (dropped) this.tree.delete(key);
    }
    this.makeToolstackNodes();
    this.reconnect();
  }

  // ---- toolstack / tester side (dom0, privileged) ----

  toolstackWrite(path: string, value: string | Buffer): void {
    this.write(0, path, typeof value === "string" ? Buffer.from(value, "latin1") : value);
  }

  toolstackRemove(path: string): void {
    this.remove(0, path);
  }
}
