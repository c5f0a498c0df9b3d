// The operations page: signs in through session.js (HTTP Basic once at /auth/token, then the token as a
// bearer) and shows what the OPS-only Actuator endpoints answer. Server text is only ever set with
// textContent, so a detail that happens to contain markup stays text.
'use strict';

// Set once a run starts on this page: from then on the page shows its own runs, and a refresh must not
// paint the bundle's (older, or still running) last outcome over one, or over a refusal.
let ranHere = false;

// The backend refuses a second run while one is going; the button says so first.
let verifying = false;

// The order in which the genaug health component's details are shown: the versions support asks for first.
const GENAUG_DETAILS = ['sdkVersion', 'apiVersion', 'apiBuildSha', 'apiBuild', 'db', 'redis', 'baseUrl',
  'latency', 'status', 'error', 'lastReachedAt'];

// Class names are built from server values: anything but a plain status word gets the neutral colour.
function statusClass(status) {
  return 'status-' + (/^[A-Z_]+$/.test(String(status)) ? status : 'UNKNOWN');
}

function badge(element, status) {
  element.textContent = status || '';
  element.className = status ? 'badge ' + statusClass(status) : 'badge';
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = (text === null || text === undefined) ? '' : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function emptyRow(body, columns, text) {
  const row = document.createElement('tr');
  row.className = 'empty';
  cell(row, text).colSpan = columns;
  body.appendChild(row);
}

// ISO instants to the second, in UTC: the platform's logs are in UTC too.
function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return isNaN(date) ? String(iso) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

// Nested detail values (such as a disk's numbers) as "key=value" rather than JSON.
function detailText(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length ? value.map(detailText).join(', ') : 'none';
  if (typeof value === 'object') {
    return Object.entries(value).map(([key, inner]) => key + '=' + detailText(inner)).join(', ');
  }
  return String(value);
}

function detailsCell(row, name, details) {
  const td = cell(row, '', 'details');
  const keys = Object.keys(details || {});
  if (name === 'genaug') {
    keys.sort((a, b) => rank(a) - rank(b));
  }
  for (const key of keys) {
    const line = document.createElement('div');
    const label = document.createElement('span');
    label.className = 'key';
    label.textContent = key;
    line.appendChild(label);
    line.appendChild(document.createTextNode(' ' + detailText(details[key]) + (key === 'latency' ? ' ms' : '')));
    td.appendChild(line);
  }
}

function rank(key) {
  const index = GENAUG_DETAILS.indexOf(key);
  return index < 0 ? GENAUG_DETAILS.length : index;
}

// Health groups may nest: "group/member" names keep every leaf on a row of its own.
function components(node, prefix, out) {
  if (node.components) {
    for (const [name, child] of Object.entries(node.components)) {
      components(child, prefix ? prefix + '/' + name : name, out);
    }
  } else {
    out.push([prefix || 'application', node]);
  }
  return out;
}

function renderHealth(health) {
  badge($('health-status'), health.status);
  const rows = $('health-rows');
  rows.replaceChildren();
  for (const [name, component] of components(health, '', [])) {
    const row = document.createElement('tr');
    row.dataset.component = name;
    cell(row, name);
    cell(row, component.status, 'status ' + statusClass(component.status));
    detailsCell(row, name, component.details);
    rows.appendChild(row);
  }
}

function renderBundle(bundle) {
  const sdk = bundle.sdk || {};
  $('bundle-sdk').textContent = 'genaug-java ' + sdk.version + ' on Java ' + sdk.java
    + (sdk.springBoot ? ', Spring Boot ' + sdk.springBoot : '');
  const apiState = bundle.api || {};
  $('bundle-api').textContent = [apiState.status, apiState.baseUrl, apiState.build,
    apiState.checkedAt ? 'checked ' + when(apiState.checkedAt) : null,
    apiState.error].filter(Boolean).join(' · ');
  $('bundle-summary').hidden = false;
  renderRecent(bundle.recent || []);
}

function renderRecent(recent) {
  const rows = $('recent-rows');
  rows.replaceChildren();
  if (!recent.length) {
    emptyRow(rows, 8, 'No platform calls yet.');
    return;
  }
  for (const call of recent) {
    const row = document.createElement('tr');
    row.className = call.reason ? 'call status-FAIL' : 'call';
    cell(row, when(call.at));
    cell(row, call.operation);
    // 0: no reply arrived (a timeout or a refused connection).
    cell(row, call.status === 0 ? 'none' : call.status);
    cell(row, call.reason);
    cell(row, call.durationMs, 'number');
    cell(row, call.attempts, 'number');
    cell(row, call.requestId, 'id');
    cell(row, call.traceId, 'id');
    rows.appendChild(row);
  }
}

function clearOutcome() {
  $('verify-summary').hidden = true;
  $('verify-error').hidden = true;
  $('checks-table').hidden = true;
  $('readiness-heading').hidden = true;
  $('readiness-table').hidden = true;
  badge($('verdict'), '');
  badge($('readiness'), '');
  $('check-rows').replaceChildren();
  $('readiness-rows').replaceChildren();
}

// One verify outcome: {at, project, verdict, report?, error?}; ERROR carries no report, only why.
function renderOutcome(outcome) {
  clearOutcome();
  badge($('verdict'), outcome.verdict);
  $('verified-project').textContent = outcome.project || '';
  $('verified-at').textContent = when(outcome.at);
  const report = outcome.report;
  const sdk = (report && report.sdk) || {};
  const apiState = (report && report.api) || {};
  badge($('readiness'), report && report.readiness_checklist ? report.readiness_checklist.status : '');
  $('sdk-version').textContent = sdk.version ? (sdk.name || 'genaug-java') + ' ' + sdk.version : '';
  $('api-version').textContent = apiState.version || '';
  $('api-build-sha').textContent = apiState.build_sha || '';
  $('verify-summary').hidden = false;
  if (outcome.error) {
    showVerifyError(outcome.error);
  }
  if (!report) return;
  renderRows($('check-rows'), report.checks || [], (check) => check.name);
  $('checks-table').hidden = false;
  const items = (report.readiness_checklist && report.readiness_checklist.items) || [];
  if (items.length) {
    renderRows($('readiness-rows'), items, (item) => item.label || item.key);
    $('readiness-heading').hidden = false;
    $('readiness-table').hidden = false;
  }
}

// The whole row takes its status's colour, so that a FAIL among twenty PASS rows stands out.
function renderRows(body, entries, title) {
  for (const entry of entries) {
    const row = document.createElement('tr');
    row.className = statusClass(entry.status);
    row.dataset.name = entry.name || entry.key;
    cell(row, title(entry));
    cell(row, entry.status, 'status');
    cell(row, entry.detail);
    body.appendChild(row);
  }
}

// Why a run has no report: its ERROR outcome's text, or the refusal or failure of the call itself.
function showVerifyError(text) {
  $('verify-error').textContent = text;
  $('verify-error').hidden = false;
}

function clearData() {
  $('health-rows').replaceChildren();
  badge($('health-status'), '');
  $('recent-rows').replaceChildren();
  $('bundle-summary').hidden = true;
  clearOutcome();
  $('verify-status').textContent = '';
  $('run-verify').disabled = true;
  $('refresh').disabled = true;
}

// The support bundle first: it needs OPS, so a refusal there means nothing on this page is ours to show
// (health itself would answer anyone, with only its status).
async function refresh() {
  $('error').hidden = true;
  try {
    const bundle = await api('/actuator/genaug');
    if (!bundle.ok) {
      clearData();
      showError(await describeError(bundle));
      return;
    }
    const support = await bundle.json();
    renderBundle(support);
    if (support.lastVerification && !ranHere) {
      renderOutcome(support.lastVerification);
    }
    const health = await api('/actuator/health');
    renderHealth(await health.json());
    $('run-verify').disabled = verifying;
    $('refresh').disabled = false;
  } catch (failure) {
    showError('connection_failed: ' + failure.message);
  }
}

$('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('error').hidden = true;
  $('signed-in').hidden = true;
  clearData();
  session = null;
  ranHere = false;
  const response = await signIn($('username').value, $('password').value);
  if (!response.ok) {
    showError(await describeError(response));
    return;
  }
  const me = await (await api('/me')).json();
  $('who').textContent = me.user;
  $('roles').textContent = me.roles.join(', ');
  $('signed-in').hidden = false;
  await refresh();
});

$('refresh').addEventListener('click', () => refresh());

$('verify').addEventListener('submit', async (event) => {
  event.preventDefault();
  ranHere = true;
  verifying = true;
  clearOutcome();
  $('run-verify').disabled = true;
  $('verify-status').textContent = 'running…';
  const project = $('project').value.trim();
  try {
    const response = await api('/actuator/genaug/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(project ? { project: project } : {})
    });
    if (response.ok) {
      renderOutcome(await response.json());
    } else {
      showVerifyError(await describeError(response));
    }
  } catch (failure) {
    showVerifyError('connection_failed: ' + failure.message);
  } finally {
    $('verify-status').textContent = '';
    verifying = false;
    $('run-verify').disabled = false;
  }
  // The run's own calls are in the bundle now.
  refresh();
});
