// The portal reference page: every call a browser portal makes, with plain fetch. Read docs/portal/index.html first.
'use strict';

const $ = (id) => document.getElementById(id);
const etags = new Map();   // path -> the ETag of its last read, for If-None-Match and If-Match

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

/** One call to a service; never throws for an HTTP status, only when the browser refuses the call (CORS, network). */
async function call(service, path, { method = 'GET', headers = {}, body } = {}) {
  const response = await fetch($(service).value + path, {
    method,
    headers: { 'Authorization': 'Bearer ' + $('token').value, 'Accept-Language': navigator.language, ...headers,
               ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = response.status === 304 ? '' : await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 429) {
    showProblem(json, 'come back in ' + response.headers.get('Retry-After') + ' s');
  } else if (response.status >= 400) {
    showProblem(json);
  }
  return { status: response.status, etag: response.headers.get('ETag'), location: response.headers.get('Location'), json };
}

function showProblem(problem, note) {
  $('problem').textContent = (problem ? problem.code + ': ' + problem.detail : 'error') + (note ? ' (' + note + ')' : '');
}

function reads() {
  const t = tenant();
  return [
    ['eligibility', '/v1/partners/' + t, (b) => b.companyName],
    ['relationship', '/v1/known-partners/' + t, (b) => b.companyName],
    ['transfer', '/v1/known-partners/' + t, (b) => b.companyName],
    ['notification', '/v1/recipients/' + t, (b) => b.email],
  ];
}

/** Reads each service's view of the partner; with conditional, sends the last ETag and shows 304 when nothing changed. */
async function readAll(conditional) {
  const rows = [];
  for (const [service, path, what] of reads()) {
    const key = service + path;
    const headers = conditional && etags.has(key) ? { 'If-None-Match': etags.get(key) } : {};
    let cells;
    try {
      const answer = await call(service, path, { headers });
      if (answer.etag) etags.set(key, answer.etag);
      cells = [service, path, answer.status, answer.etag || '', answer.status === 304 ? 'unchanged' : answer.json ? what(answer.json) : ''];
    } catch (refused) {
      cells = [service, path, 'refused by the browser', '', String(refused)];
    }
    rows.push('<tr id="read-' + service + '">' + cells.map((c) => '<td>' + escape(c) + '</td>').join('') + '</tr>');
  }
  $('reads').innerHTML = rows.join('');
}

async function apply() {
  const answer = await call('eligibility', '/v1/partners/' + tenant() + '/indirect-reseller-enrollment', { method: 'POST' });
  $('apply-status').textContent = answer.status + (answer.json && answer.json.status ? ' ' + answer.json.status : '');
  $('apply-location').textContent = answer.location || '';
}

function transferPath() {
  return '/v1/customers/' + $('customer').value + '/transfers/' + $('transfer-id').value;
}

/** Reads the transfer; with conditional, sends its last ETag, and 304 means what is shown is still current. */
async function readTransfer(conditional) {
  const key = 'transfer' + transferPath();
  const headers = conditional && etags.has(key) ? { 'If-None-Match': etags.get(key) } : {};
  const answer = await call('transfer', transferPath(), { headers });
  if (answer.etag) etags.set(key, answer.etag);
  $('transfer-status').textContent = answer.status + ' ' + (answer.status === 304 ? 'unchanged'
      : answer.status === 200 ? answer.json.status + ' / ' + answer.json.stage : answer.json.code);
  $('transfer-etag').textContent = answer.etag || '';
}

/** The target provider accepts, with the ETag it read (If-Match): a stale one is refused 412, so nobody overwrites unknowingly. */
async function acceptTransfer() {
  const key = 'transfer' + transferPath();
  const headers = etags.has(key) ? { 'If-Match': etags.get(key), 'Idempotency-Key': crypto.randomUUID() } : {};
  const answer = await call('transfer', transferPath() + '/accept', { method: 'POST', headers });
  $('transfer-status').textContent = answer.status + ' ' + (answer.status === 200 ? answer.json.transfer.status : answer.json.code);
  if (answer.etag) {
    etags.set(key, answer.etag);
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
