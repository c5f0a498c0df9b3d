// The mobile app stand-in: HTTP Basic to this backend, Server-Sent Events read with fetch streams.
'use strict';

let credentials = null;

const $ = (id) => document.getElementById(id);

function headers(extra) {
  return Object.assign({
    'Authorization': 'Basic ' + btoa(credentials.user + ':' + credentials.password),
    // Tells the backend not to send a WWW-Authenticate challenge (no browser login dialog).
    'X-Requested-With': 'fetch'
  }, extra || {});
}

function showError(text) {
  $('error').textContent = text;
  $('error').hidden = false;
}

async function describeError(response) {
  let reason = 'http_' + response.status;
  let message = response.statusText;
  try {
    const body = await response.json();
    reason = body.error.reason;
    message = body.error.message;
  } catch (ignored) { /* not JSON */ }
  const retryAfter = response.headers.get('Retry-After');
  return reason + ': ' + message + (retryAfter ? ' (retry in ' + retryAfter + ' s)' : '');
}

$('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  credentials = { user: $('username').value, password: $('password').value };
  $('error').hidden = true;
  const response = await fetch('/me', { headers: headers() });
  if (!response.ok) {
    credentials = null;
    showError(await describeError(response));
    return;
  }
  const me = await response.json();
  $('who').textContent = me.user;
  $('signed-in').hidden = false;
  $('send').disabled = false;
});

$('chat').addEventListener('submit', async (event) => {
  event.preventDefault();
  const reply = $('reply');
  reply.textContent = '';
  reply.dataset.pieces = '0';
  $('error').hidden = true;
  $('status').textContent = 'waiting…';
  $('send').disabled = true;
  try {
    const response = await fetch('/ai/responses', {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json', 'Accept': 'text/event-stream' }),
      body: JSON.stringify({ input: $('message').value, stream: true })
    });
    if (!response.ok) {
      showError(await describeError(response));
      $('status').textContent = '';
      return;
    }
    await readEvents(response.body, (name, data) => {
      if (name === 'response.output_text.delta') {
        reply.textContent += data.delta;
        reply.dataset.pieces = String(Number(reply.dataset.pieces) + 1);
        $('status').textContent = 'streaming…';
      } else if (name === 'response.completed') {
        $('status').textContent = 'done (' + data.response.id + ')';
      } else if (name === 'error') {
        const error = data.error || data;
        showError(error.reason + ': ' + error.message);
      }
    });
  } catch (failure) {
    showError('connection_failed: ' + failure.message);
  } finally {
    $('send').disabled = false;
  }
});

// Minimal SSE parsing over a fetch body: events end at a blank line; data lines are joined.
async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    let boundary;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      dispatch(block, onEvent);
    }
    if (done) {
      if (buffer.trim()) dispatch(buffer, onEvent);
      return;
    }
  }
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (!data.length) return;
  let parsed = data.join('\n');
  try { parsed = JSON.parse(parsed); } catch (ignored) { /* plain text data */ }
  onEvent(name, parsed);
}

async function loadHealth() {
  try {
    const response = await fetch('/actuator/health');
    const health = await response.json();
    const genaug = health.components && health.components.genaug;
    $('health').textContent = JSON.stringify(genaug || health, null, 2);
  } catch (failure) {
    $('health').textContent = 'health unavailable: ' + failure.message;
  }
}

loadHealth();
