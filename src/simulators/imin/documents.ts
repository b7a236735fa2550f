import type { SimItem, SimOrder } from './seed.js';

/** Renders simulator state as imin's JSON-LD (the `type`/`id` key style imin's examples use). */

export const CONTEXT = ['https://openactive.io/', 'https://schema.imin.co/', 'https://openactive.io/ns-beta'];
const HOUR = 3_600_000;

const STATUS_IRI: Record<SimItem['status'], string> = {
  OrderItemConfirmed: 'https://openactive.io/OrderItemConfirmed',
  CustomerCancellationPending: 'https://schema.imin.co/CustomerCancellationPending',
  CustomerCancelled: 'https://openactive.io/CustomerCancelled',
  SellerCancelled: 'https://openactive.io/SellerCancelled',
  AttendeeAttended: 'https://openactive.io/AttendeeAttended',
  AttendeeAbsent: 'https://openactive.io/AttendeeAbsent',
};

export interface Clocked {
  readonly baseUrl: string;
  readonly startedAt: number;
  readonly now: () => number;
}

export const startOf = (ctx: Clocked, item: SimItem) =>
  new Date(ctx.startedAt + item.startOffsetHours * HOUR);

function latestCancellationMs(item: SimItem): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(item.latestCancellationBeforeStartDate ?? '');
  return match ? (Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0)) * HOUR : 0;
}

/** imin's own verdict at request time (without the booking system's private rules). */
export function isPresentlyCancellable(ctx: Clocked, item: SimItem): boolean {
  return (
    item.status === 'OrderItemConfirmed' &&
    item.allowFullRefund &&
    ctx.now() < startOf(ctx, item).getTime() - latestCancellationMs(item)
  );
}

/**
 * An OpenActive DateTime: whole seconds and an explicit offset. (With the start-up time's milliseconds
 * left in, OpenActive's validator rejects the value: it found this.)
 */
const dateTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, '+00:00');

const orderIri = (ctx: Clocked, order: SimOrder) => `${ctx.baseUrl}/orders/${order.uuid}`;

/** The OrderItem `@id` this simulator serves, in the order's style; a PATCH must name exactly this. */
export const itemIri = (ctx: Clocked, order: SimOrder, item: SimItem) =>
  order.idStyle === 'fragment'
    ? `${orderIri(ctx, order)}#/orderedItem/${item.identifier}`
    : `${orderIri(ctx, order)}/order-items/${item.identifier}`;

/** `type`/`id` (imin's examples) become `@type`/`@id` (the Open Booking API's) for fragment-style orders. */
function inStyle(order: SimOrder, document: Record<string, unknown>): Record<string, unknown> {
  return order.idStyle === 'fragment' ? (atKeys(document) as Record<string, unknown>) : document;
}

function atKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(atKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k === 'type' ? '@type' : k === 'id' ? '@id' : k, atKeys(v)]),
  );
}

const SELLER = {
  type: 'Organization',
  id: 'https://riverside-leisure.example/',
  name: 'Riverside Leisure',
  legalName: 'Riverside Leisure Trust Ltd',
  taxMode: 'https://openactive.io/TaxGross',
  url: 'https://riverside-leisure.example/',
  address: {
    type: 'PostalAddress',
    streetAddress: '1 River Walk',
    addressLocality: 'Bristol',
    postalCode: 'BS1 4SD',
    addressCountry: 'GB',
  },
};

export function itemDocument(ctx: Clocked, order: SimOrder, item: SimItem): Record<string, unknown> {
  return inStyle(order, itemBody(ctx, order, item));
}

function itemBody(ctx: Clocked, order: SimOrder, item: SimItem): Record<string, unknown> {
  const start = startOf(ctx, item);
  return {
    type: 'OrderItem',
    id: itemIri(ctx, order, item),
    // The Open Booking API's examples carry no item identifier: the reference is the @id's last segment.
    ...(order.idStyle === 'fragment' ? {} : { identifier: item.identifier }),
    // A status outside the seed's set (a test's FR-08 injection) is served as a raw OpenActive IRI.
    orderItemStatus: STATUS_IRI[item.status] ?? `https://openactive.io/${String(item.status)}`,
    ...(item.cancellationMessage ? { cancellationMessage: item.cancellationMessage } : {}),
    'imin:isPresentlyCancellable': isPresentlyCancellable(ctx, item),
    acceptedOffer: {
      type: 'Offer',
      id: `${ctx.baseUrl}/offers/${item.identifier}`,
      price: item.price,
      priceCurrency: 'GBP',
      allowCustomerCancellationFullRefund: item.allowFullRefund,
      ...(item.latestCancellationBeforeStartDate
        ? { latestCancellationBeforeStartDate: item.latestCancellationBeforeStartDate }
        : {}),
    },
    orderedItem: {
      type: 'ScheduledSession',
      id: `https://search.imin.co/events-api/v2/scheduled-sessions/${item.identifier}`,
      eventStatus: 'https://schema.org/EventScheduled',
      startDate: dateTime(start),
      endDate: dateTime(new Date(start.getTime() + item.durationMinutes * 60_000)),
      superEvent: {
        type: 'SessionSeries',
        id: `https://search.imin.co/events-api/v2/session-series/${item.identifier}`,
        name: item.name,
        url: `https://riverside-leisure.example/sessions/${item.identifier}`,
        activity: [
          {
            type: 'Concept',
            id: 'https://openactive.io/activity-list#c16df6ed-a4a0-4275-a8c3-1c8cff56856f',
            prefLabel: 'Yoga',
            inScheme: 'https://openactive.io/activity-list',
          },
        ],
        location: {
          type: 'Place',
          name: 'Riverside Leisure Centre',
          address: SELLER.address,
        },
      },
    },
  };
}

export function orderDocument(ctx: Clocked, order: SimOrder): Record<string, unknown> {
  const total = order.items.reduce((sum, i) => sum + Math.round(i.price * 100), 0) / 100;
  return inStyle(order, {
    '@context': CONTEXT,
    type: 'Order',
    id: orderIri(ctx, order),
    identifier: order.uuid,
    orderDate: dateTime(new Date(ctx.startedAt - order.orderedHoursAgo * HOUR)),
    confirmationNumber: order.uuid.slice(0, 8).toUpperCase(),
    brokerRole: 'https://openactive.io/AgentBroker',
    seller: SELLER,
    customer: { type: 'Person', email: `${order.customer}@example.invalid`, givenName: order.customer },
    totalPaymentDue: { type: 'PriceSpecification', price: total, priceCurrency: 'GBP' },
    orderedItem: order.items.map(item => itemBody(ctx, order, item)),
  });
}

export function collection(
  ctx: Clocked,
  path: string,
  query: URLSearchParams,
  items: unknown[],
  perPage: number,
): Record<string, unknown> {
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(n));
    return `${ctx.baseUrl}${path}?${q.toString()}`;
  };
  return {
    '@context': CONTEXT,
    type: 'imin:RestrictedCollection',
    'imin:totalItems': items.length,
    view: {
      type: 'PartialCollectionView',
      first: at(1),
      last: at(totalPages),
      ...(page < totalPages ? { next: at(page + 1) } : {}),
      urlTemplate: at(0).replace(/page=0/, 'page={page}'),
      'imin:currentPage': page,
      'imin:itemsPerPage': perPage,
      'imin:totalPages': totalPages,
    },
    'imin:item': items.slice((page - 1) * perPage, page * perPage),
  };
}

export const openActiveError = (type: string, description: string) => ({
  '@context': 'https://openactive.io/',
  '@type': type,
  description,
});
