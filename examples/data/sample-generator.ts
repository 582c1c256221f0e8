/**
 * The seeded generator of servicekit's sample data: a support team's 12 weeks of interactions,
 * customers and survey responses. The same seed always gives the same rows, byte for byte.
 *
 * Run `npx tsx examples/data/generate.ts` to rewrite the JSON files beside this one.
 */

/** What the generator produces: plain JSON rows, as an export from a helpdesk would give them. */
export interface SampleData {
  customers: Record<string, unknown>[];
  interactions: Record<string, unknown>[];
  csat: Record<string, unknown>[];
  nps: Record<string, unknown>[];
  ces: Record<string, unknown>[];
}

/** How much to generate and from which seed. */
export interface SampleOptions {
  seed?: number;
  interactions?: number;
  customers?: number;
  /** The first day, a Monday, as `YYYY-MM-DD` (local dates are in America/New_York). */
  start?: string;
  weeks?: number;
}

/** mulberry32: a small, fast, seeded PRNG with good enough statistics for sample data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'America/New_York';

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The zone's offset from UTC at an instant, in ms (negative west of Greenwich). */
function offsetAt(epochMs: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(new Date(epochMs)).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const offsetByLocalHour = new Map<number, number>();

/** The instant of a local wall time in New York (for times that exist; sample data avoids 02:00–03:00). */
function localToInstant(localAsUtcMs: number): number {
  const hour = Math.floor(localAsUtcMs / HOUR);
  let offset = offsetByLocalHour.get(hour);
  if (offset === undefined) {
    offset = offsetAt(hour * HOUR - offsetAt(hour * HOUR));
    offsetByLocalHour.set(hour, offset);
  }
  return localAsUtcMs - offset;
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A lognormal duration with the given median and spread (sigma of the log). */
function lognormal(random: () => number, medianMs: number, sigma: number): number {
  return Math.round(medianMs * Math.exp(sigma * normal(random)));
}

function exponential(random: () => number, meanMs: number): number {
  return Math.round(-meanMs * Math.log(1 - random()));
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * Generates the sample data set.
 *
 * Customers are acquired over the 15 months before the window and during it, and some churn; every
 * interaction belongs to a customer active when it was opened. Calls and chats have queue waits,
 * answers, abandons and lognormal handle times; emails and messages have replies, pending periods
 * and reopens. About one contact in twelve is opened outside Mon–Fri 09–17 New York time.
 */
export function generateSample(options: SampleOptions = {}): SampleData {
  const random = seededRandom(options.seed ?? 20_250_901);
  const interactionCount = options.interactions ?? 5_000;
  const customerCount = options.customers ?? 800;
  const weeks = options.weeks ?? 12;
  const startLocal = Date.parse(`${options.start ?? '2025-09-01'}T00:00:00Z`);
  const windowStart = localToInstant(startLocal);
  const windowEnd = localToInstant(startLocal + weeks * 7 * DAY);

  const customers = Array.from({ length: customerCount }, (_, index) => {
    const acquiredAt = windowStart - 450 * DAY + Math.floor(random() * (windowEnd - windowStart + 450 * DAY - 7 * DAY));
    const churns = random() < 0.18;
    const churnedAt = churns ? acquiredAt + 14 * DAY + Math.floor(random() * 400 * DAY) : undefined;
    return {
      id: `cus-${String(index + 1).padStart(4, '0')}`,
      acquiredAt: iso(acquiredAt),
      ...(churnedAt !== undefined && churnedAt < windowEnd ? { churnedAt: iso(churnedAt) } : {}),
      segment: pick(random, [['smb', 6], ['mid_market', 3], ['enterprise', 1]] as const),
      tier: random() < 0.06 ? 'vip' : 'standard',
      acquiredMs: acquiredAt,
      churnedMs: churnedAt !== undefined && churnedAt < windowEnd ? churnedAt : Number.POSITIVE_INFINITY,
      activity: Math.exp(normal(random)),
    };
  });

  // Customers weighted by how often they get in touch, drawn by binary search over the running
  // totals and redrawn until one is active at the instant (O(log n) a draw, for large data sets).
  const runningActivity: number[] = [];
  customers.reduce((total, customer) => {
    runningActivity.push(total + customer.activity);
    return total + customer.activity;
  }, 0);
  const totalActivity = runningActivity[runningActivity.length - 1] as number;
  const activeCustomer = (at: number): (typeof customers)[number] => {
    for (;;) {
      const roll = random() * totalActivity;
      let low = 0;
      let high = runningActivity.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((runningActivity[middle] as number) > roll) high = middle;
        else low = middle + 1;
      }
      const customer = customers[low] as (typeof customers)[number];
      if (customer.acquiredMs <= at && customer.churnedMs > at) return customer;
    }
  };

  const interactions: Record<string, unknown>[] = [];
  const csat: Record<string, unknown>[] = [];
  const ces: Record<string, unknown>[] = [];
  const reasons = [['billing_question', 5], ['login_issue', 4], ['bug_report', 3], ['how_to', 6], ['refund', 2], ['cancellation', 1]] as const;
  const teamFor: Record<string, string> = {
    billing_question: 'billing',
    refund: 'billing',
    cancellation: 'billing',
    login_issue: 'technical',
    bug_report: 'technical',
    how_to: 'onboarding',
  };

  for (let index = 0; index < interactionCount; index++) {
    const dayIndex = Math.floor(random() * weeks * 7);
    const weekday = dayIndex % 7; // 0 = Monday
    const afterHours = weekday >= 5 ? random() < 0.5 : random() < 0.06;
    if (weekday >= 5 && !afterHours) {
      index--;
      continue;
    }
    const minuteOfDay = afterHours
      ? pick(random, [[Math.floor(random() * 9 * 60), 1], [17 * 60 + Math.floor(random() * 7 * 60), 2]] as const)
      : 9 * 60 + Math.floor(random() * 8 * 60);
    const localMs = startLocal + dayIndex * DAY + minuteOfDay * MINUTE + Math.floor(random() * MINUTE);
    if (Math.floor(minuteOfDay / 60) === 2) {
      index--;
      continue; // keep clear of the skipped and repeated hours of DST nights
    }
    const openedAt = localToInstant(localMs);
    const customer = activeCustomer(openedAt);
    const channel = pick(random, [['email', 40], ['chat', 25], ['phone', 25], ['messaging', 10]] as const);
    const reason = pick(random, reasons);
    const team = teamFor[reason] as string;
    const priority = pick(random, [['low', 15], ['normal', 55], ['high', 22], ['urgent', 8]] as const);
    const row: Record<string, unknown> = {
      id: `int-${String(index + 1).padStart(5, '0')}`,
      customerId: customer.id,
      channel,
      direction: 'inbound',
      priority,
      team,
      agentId: `${team}-${1 + Math.floor(random() * 6)}`,
      reason,
      openedAt: iso(openedAt),
    };
    const live = channel === 'phone' || channel === 'chat';
    const statusHistory: { status: string; at: string }[] = [{ status: 'new', at: iso(openedAt) }];
    let resolvedAt: number | undefined;
    let reopenCount = 0;
    if (live) {
      const wait = exponential(random, channel === 'phone' ? 42_000 : 28_000);
      if (random() < (channel === 'phone' ? 0.07 : 0.04)) {
        row.abandonedAt = iso(openedAt + wait);
        statusHistory.push({ status: 'closed', at: iso(openedAt + wait) });
        row.statusHistory = statusHistory;
        interactions.push(row);
        continue;
      }
      const answeredAt = openedAt + wait;
      const talkMs = lognormal(random, channel === 'phone' ? 6 * MINUTE : 11 * MINUTE, 0.55);
      const holdMs = channel === 'phone' && random() < 0.3 ? lognormal(random, 70_000, 0.6) : 0;
      const wrapMs = lognormal(random, 85_000, 0.5);
      const transfers = channel === 'phone' && random() < 0.1 ? 1 : 0;
      Object.assign(row, { answeredAt: iso(answeredAt), firstResponseAt: iso(answeredAt), talkMs, holdMs, wrapMs, transfers });
      statusHistory.push({ status: 'open', at: iso(answeredAt) });
      const resolvedNow = random() < 0.82 - transfers * 0.2;
      resolvedAt = resolvedNow ? answeredAt + talkMs + holdMs : answeredAt + talkMs + holdMs + lognormal(random, 20 * HOUR, 0.8);
      if (!resolvedNow) {
        statusHistory.push({ status: 'pending', at: iso(answeredAt + talkMs + holdMs) });
      }
      if (random() < 0.9) row.resolvedOnFirstContact = resolvedNow && transfers === 0;
    } else {
      const businessHours = !afterHours;
      const medianReply = channel === 'email' ? 2.2 * HOUR : 35 * MINUTE;
      const reply = lognormal(random, businessHours ? medianReply : medianReply + 9 * HOUR, 0.9);
      const firstResponseAt = openedAt + reply;
      const talkMs = lognormal(random, 7 * MINUTE, 0.6);
      Object.assign(row, { firstResponseAt: iso(firstResponseAt), talkMs, wrapMs: lognormal(random, 60_000, 0.5) });
      statusHistory.push({ status: 'open', at: iso(firstResponseAt) });
      const messages: { at: string; author: string }[] = [
        { at: iso(openedAt), author: 'customer' },
        { at: iso(firstResponseAt), author: 'agent' },
      ];
      let clock = firstResponseAt;
      const exchanges = pick(random, [[0, 5], [1, 3], [2, 2]] as const);
      for (let exchange = 0; exchange < exchanges; exchange++) {
        const customerReply = clock + lognormal(random, 3 * HOUR, 1);
        statusHistory.push({ status: 'pending', at: iso(clock + 1_000) });
        statusHistory.push({ status: 'open', at: iso(customerReply) });
        const agentReply = customerReply + lognormal(random, 1.5 * HOUR, 0.9);
        messages.push({ at: iso(customerReply), author: 'customer' }, { at: iso(agentReply), author: 'agent' });
        clock = agentReply;
      }
      row.messages = messages;
      if (random() < 0.04) {
        row.transfers = 1;
      }
      resolvedAt = random() < 0.97 ? clock + lognormal(random, 40 * MINUTE, 0.8) : undefined;
      if (random() < 0.85) row.resolvedOnFirstContact = exchanges === 0;
    }
    if (resolvedAt !== undefined) {
      statusHistory.push({ status: 'solved', at: iso(resolvedAt) });
      if (random() < 0.06) {
        const reopenedAt = resolvedAt + lognormal(random, 26 * HOUR, 0.7);
        reopenCount = 1;
        resolvedAt = reopenedAt + lognormal(random, 5 * HOUR, 0.8);
        statusHistory.push({ status: 'open', at: iso(reopenedAt) }, { status: 'solved', at: iso(resolvedAt) });
        if (row.resolvedOnFirstContact === true) row.resolvedOnFirstContact = false;
      }
      row.resolvedAt = iso(resolvedAt);
    }
    row.reopenCount = reopenCount;
    if (random() < 0.06) row.escalationLevel = random() < 0.2 ? 2 : 1;
    row.statusHistory = statusHistory;
    interactions.push(row);

    if (resolvedAt !== undefined) {
      const firstReplyMs = Date.parse(row.firstResponseAt as string) - openedAt;
      const slow = firstReplyMs > 8 * HOUR ? 0.9 : firstReplyMs > 2 * HOUR ? 0.4 : 0;
      const unhappy = slow + reopenCount * 1.2 + (row.transfers === 1 ? 0.6 : 0);
      if (random() < 0.32) {
        const csatScore = Math.max(1, Math.min(5, Math.round(4.85 - unhappy * 0.9 - Math.abs(normal(random)) * 0.6)));
        csat.push({ score: csatScore, respondedAt: iso(resolvedAt + lognormal(random, 3 * HOUR, 1)), customerId: customer.id, interactionId: row.id });
      }
      if (random() < 0.15) {
        const cesScore = Math.max(1, Math.min(7, Math.round(6.1 - unhappy * 1.3 - Math.abs(normal(random)) * 1.1)));
        ces.push({ score: cesScore, respondedAt: iso(resolvedAt + lognormal(random, 2 * HOUR, 1)), customerId: customer.id, interactionId: row.id });
      }
    }
  }

  const nps: Record<string, unknown>[] = [];
  for (let index = 0; index < 640; index++) {
    const respondedAt = windowStart + Math.floor(random() * (windowEnd - windowStart));
    const active = customers.filter((customer) => customer.acquiredMs <= respondedAt && customer.churnedMs > respondedAt);
    const customer = active[Math.floor(random() * active.length)] as (typeof customers)[number];
    const score = pick(random, [[10, 22], [9, 21], [8, 17], [7, 12], [6, 8], [5, 7], [4, 4], [3, 3], [2, 2], [1, 2], [0, 2]] as const);
    nps.push({ score, respondedAt: iso(respondedAt), customerId: customer.id });
  }
  nps.sort((a, b) => (a.respondedAt as string).localeCompare(b.respondedAt as string));
  interactions.sort((a, b) => (a.openedAt as string).localeCompare(b.openedAt as string));
  // Number the interactions in time order, and point the surveys at the new ids.
  const renamed = new Map<unknown, string>();
  interactions.forEach((row, position) => {
    const id = `int-${String(position + 1).padStart(5, '0')}`;
    renamed.set(row.id, id);
    row.id = id;
  });
  for (const response of [...csat, ...ces]) response.interactionId = renamed.get(response.interactionId);
  csat.sort((a, b) => (a.respondedAt as string).localeCompare(b.respondedAt as string));
  ces.sort((a, b) => (a.respondedAt as string).localeCompare(b.respondedAt as string));

  return {
    customers: customers.map(({ acquiredMs: _a, churnedMs: _c, activity: _v, ...customer }) => customer),
    interactions,
    csat,
    nps,
    ces,
  };
}

/** Writes rows as a JSON array with one row per line, so diffs stay readable. */
export function toJsonLines(rows: readonly unknown[]): string {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}
