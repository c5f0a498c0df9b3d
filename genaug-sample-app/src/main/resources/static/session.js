// What both pages share: the sign-in once at /auth/token with HTTP Basic, the short-lived token sent as a
// bearer afterwards, and errors spelled out as "reason: message".
'use strict';

// In memory only, never in storage: a reload signs out. The password stays too, so that a page can
// sign in again when the token expires, as an app would from its keychain.
let session = null;

const $ = (id) => document.getElementById(id);

function showError(text) {
  $('error').textContent = text;
  $('error').hidden = false;
}

// Our own refusals are {error: {reason, message}}; Spring's error page answers {status, error, message}.
async function describeError(response) {
  let reason = 'http_' + response.status;
  let message = response.statusText;
  try {
    const body = await response.json();
    if (body.error && typeof body.error === 'object') {
      reason = body.error.reason;
      message = body.error.message;
    } else {
      message = body.message || body.error || message;
    }
  } catch (ignored) { /* not JSON */ }
  const retryAfter = response.headers.get('Retry-After');
  return reason + ': ' + message + (retryAfter ? ' (retry in ' + retryAfter + ' s)' : '');
}

async function signIn(user, password) {
  const response = await fetch('/auth/token', {
    method: 'POST',
    headers: {
      'Authorization': 'Basic ' + btoa(user + ':' + password),
      // Tells the backend not to send a WWW-Authenticate challenge (no browser login dialog).
      'X-Requested-With': 'fetch'
    }
  });
  if (response.ok) {
    const token = await response.json();
    session = { user: user, password: password, token: token.access_token, expiresIn: token.expires_in };
  }
  return response;
}

function withToken(options) {
  const headers = Object.assign({}, (options && options.headers) || {}, { 'Authorization': 'Bearer ' + session.token });
  return Object.assign({}, options || {}, { headers: headers });
}

// A 401 means the token expired (or the backend restarted with a new key): sign in again once.
async function api(path, options) {
  const call = () => fetch(path, withToken(options));
  const response = await call();
  if (response.status !== 401) {
    return response;
  }
  const renewed = await signIn(session.user, session.password);
  return renewed.ok ? call() : renewed;
}

// Both pages have the same sign-in form.
$('username').addEventListener('change', () => {
  // Demo convenience: every demo account's password is its name with "-password".
  $('password').value = $('username').value + '-password';
});
