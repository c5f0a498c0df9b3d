// The mobile app stand-in: signs in once at /auth/token with HTTP Basic, then sends the short-lived
// token as a bearer; Server-Sent Events are read with fetch streams.
'use strict';

$('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('error').hidden = true;
  $('signed-in').hidden = true;
  $('ops-link').hidden = true;
  $('send').disabled = true;
  session = null;
  const response = await signIn($('username').value, $('password').value);
  if (!response.ok) {
    showError(await describeError(response));
    return;
  }
  const me = await (await api('/me')).json();
  $('who').textContent = me.user;
  $('roles').textContent = me.roles.join(', ');
  $('expires').textContent = String(session.expiresIn);
  $('signed-in').hidden = false;
  // Only a hint: the operations page's data is refused to anyone without OPS anyway.
  $('ops-link').hidden = !me.roles.includes('OPS');
  $('send').disabled = false;
  loadHealth();
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
    const response = await api('/ai/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
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

// Anyone sees the status; the components and their details only with an OPS token.
async function loadHealth() {
  try {
    const response = session ? await api('/actuator/health') : await fetch('/actuator/health');
    const health = await response.json();
    const genaug = health.components && health.components.genaug;
    $('health').textContent = JSON.stringify(genaug || health, null, 2);
  } catch (failure) {
    $('health').textContent = 'health unavailable: ' + failure.message;
  }
}

loadHealth();
