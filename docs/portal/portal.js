// The portal reference page: every call a browser portal makes, through the TypeScript clients generated from
// docs/api/ (typescript-fetch), compiled to the ES modules in client/ and imported as they are, without a bundler.
// Read docs/portal/README.md first.
import * as eligibility from './client/eligibility/runtime.js';
import { PartnersApi } from './client/eligibility/apis/PartnersApi.js';
import { IndirectResellerEnrollmentApi } from './client/eligibility/apis/IndirectResellerEnrollmentApi.js';
import * as relationship from './client/relationship/runtime.js';
import { ReadModelsApi as RelationshipReadModelsApi } from './client/relationship/apis/ReadModelsApi.js';
import * as transfer from './client/transfer/runtime.js';
import { ReadModelsApi as TransferReadModelsApi } from './client/transfer/apis/ReadModelsApi.js';
import { TransfersApi } from './client/transfer/apis/TransfersApi.js';
import * as notification from './client/notification/runtime.js';
import { RecipientsApi } from './client/notification/apis/RecipientsApi.js';

const $ = (id) => document.getElementById(id);
const etags = new Map();   // operation and object -> the ETag of its last read, for If-None-Match and If-Match

function settings() {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  for (const name of ['eligibility', 'relationship', 'transfer', 'notification']) {
    if (query.get(name)) $(name).value = query.get(name);
  }
  if (fragment.get('token')) $('token').value = fragment.get('token');
}

/** The tenant of the token (its tid claim): a portal reads its own partner. */
function tenant() {
  const payload = $('token').value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(payload)).tid;
}

/**
 * One service's generated API class, configured from the fields as they are now: the service's URL, the bearer token
 * (the client's accessToken, sent as Authorization) and the browser's language for the problems' texts.
 */
function api(runtime, Api, service) {
  return new Api(new runtime.Configuration({
    basePath: $(service).value.replace(/\/+$/, ''),
    accessToken: () => $('token').value,
    headers: { 'Accept-Language': navigator.language },
  }));
}

/**
 * One call through a generated client's ...Raw method, which gives the HTTP answer as well as the model. The client
 * throws a ResponseError for every status outside 2xx, 304 included; here that is an answer like any other. Throws only
 * when the browser refuses the call (CORS, network): the client's FetchError.
 */
async function call(send) {
  let response;
  let body = null;
  try {
    const answer = await send();
    response = answer.raw;
    if (response.status !== 204) body = await answer.value();
  } catch (error) {
    if (!error.response) throw error;
    response = error.response;
    const text = response.status === 304 ? '' : await response.text();
    body = text ? JSON.parse(text) : null;
    if (response.status === 429) {
      showProblem(body, 'come back in ' + response.headers.get('Retry-After') + ' s');
    } else if (response.status >= 400) {
      showProblem(body);
    }
  }
  return { status: response.status, etag: response.headers.get('ETag'), location: response.headers.get('Location'), body };
}

function showProblem(problem, note) {
  $('problem').textContent = (problem ? problem.code + ': ' + problem.detail : 'error') + (note ? ' (' + note + ')' : '');
}

/** Each service's view of the partner: the operation (its operationId), how to call it with an If-None-Match, what to show. */
function reads() {
  const tenantId = tenant();
  return [
    ['eligibility', 'getPartner', (ifNoneMatch) => api(eligibility, PartnersApi, 'eligibility').getPartnerRaw({ tenantId, ifNoneMatch }),
      (partner) => partner.companyName],
    ['relationship', 'getKnownPartner', (ifNoneMatch) => api(relationship, RelationshipReadModelsApi, 'relationship')
      .getKnownPartnerRaw({ tenantId, ifNoneMatch }), (partner) => partner.companyName],
    ['transfer', 'getKnownPartner', (ifNoneMatch) => api(transfer, TransferReadModelsApi, 'transfer')
      .getKnownPartnerRaw({ tenantId, ifNoneMatch }), (partner) => partner.companyName],
    ['notification', 'getRecipient', (ifNoneMatch) => api(notification, RecipientsApi, 'notification')
      .getRecipientRaw({ tenantId, ifNoneMatch }), (recipient) => recipient.email],
  ];
}

/** Reads each service's view of the partner; with conditional, sends the last ETag and shows 304 when nothing changed. */
async function readAll(conditional) {
  const rows = [];
  for (const [service, operation, send, what] of reads()) {
    const key = service + ' ' + operation + ' ' + tenant();
    let cells;
    try {
      const answer = await call(() => send(conditional ? etags.get(key) : undefined));
      if (answer.etag) etags.set(key, answer.etag);
      cells = [service, operation, answer.status, answer.etag || '',
        answer.status === 304 ? 'unchanged' : answer.status === 200 ? what(answer.body) : answer.body ? answer.body.code : ''];
    } catch (refused) {
      cells = [service, operation, 'refused by the browser', '', String(refused.cause || refused)];
    }
    rows.push('<tr id="read-' + service + '">' + cells.map((c) => '<td>' + escape(c) + '</td>').join('') + '</tr>');
  }
  $('reads').innerHTML = rows.join('');
}

/** Applies as indirect reseller: 201 with the Location of the enrollment, once however often it is retried (Idempotency-Key). */
async function apply() {
  const answer = await call(() => api(eligibility, IndirectResellerEnrollmentApi, 'eligibility')
    .applyForIndirectResellerRaw({ tenantId: tenant(), idempotencyKey: crypto.randomUUID() }));
  $('apply-status').textContent = answer.status + (answer.status === 201 ? ' ' + answer.body.status : '');
  $('apply-location').textContent = answer.location || '';
}

function transferRequest() {
  return { customerTenantId: $('customer').value, transferId: $('transfer-id').value };
}

function transferKey() {
  return 'transfer ' + $('customer').value + ' ' + $('transfer-id').value;
}

/** Reads the transfer; with conditional, sends its last ETag, and 304 means what is shown is still current. */
async function readTransfer(conditional) {
  const ifNoneMatch = conditional ? etags.get(transferKey()) : undefined;
  const answer = await call(() => api(transfer, TransfersApi, 'transfer').getTransferRaw({ ...transferRequest(), ifNoneMatch }));
  if (answer.etag) etags.set(transferKey(), answer.etag);
  $('transfer-status').textContent = answer.status + ' ' + (answer.status === 304 ? 'unchanged'
      : answer.status === 200 ? answer.body.status + ' / ' + answer.body.stage : answer.body.code);
  $('transfer-etag').textContent = answer.etag || '';
}

/** The target provider accepts, with the ETag it read (If-Match): a stale one is refused 412, so nobody overwrites unknowingly. */
async function acceptTransfer() {
  const answer = await call(() => api(transfer, TransfersApi, 'transfer').acceptTransferRaw({
    ...transferRequest(), ifMatch: etags.get(transferKey()), idempotencyKey: crypto.randomUUID() }));
  $('transfer-status').textContent = answer.status + ' ' + (answer.status === 200 ? answer.body.transfer.status : answer.body.code);
  if (answer.etag) {
    etags.set(transferKey(), answer.etag);
    $('transfer-etag').textContent = answer.etag;
  }
}

function escape(value) {
  return String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

settings();
// a new token pasted into the address bar (after #) is taken without reloading the page
window.addEventListener('hashchange', settings);
$('load').addEventListener('click', () => readAll(false));
$('refresh').addEventListener('click', () => readAll(true));
$('apply').addEventListener('click', apply);
$('transfer-read').addEventListener('click', () => readTransfer(false));
$('transfer-refresh').addEventListener('click', () => readTransfer(true));
$('transfer-accept').addEventListener('click', acceptTransfer);
