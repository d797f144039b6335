// /verify without a network: the token is checked here in the browser, as docs/verification.md
// describes it, with Ed25519 from WebCrypto and the public keys of /api/v1/keys (the service
// worker /verify/sw.js keeps them, this page and its scripts). Online, the form posts to the
// server as ever; only when the server cannot be reached does this script check the token.
(function () {
  'use strict';
  var form = document.getElementById('verify-form');
  if (!form) { return; }
  var SHAPE = /^[A-Za-z0-9_-]{1,1024}\.[A-Za-z0-9_-]{1,40}\.[A-Za-z0-9_-]{85}[AQgw]$/;
  var COLORS = ['GREEN', 'YELLOW', 'RED'];
  var NAT = ['NEGATIVE', 'POSITIVE', 'PENDING', 'NONE'];
  var AGES = ['H24', 'H48', 'H72', 'OVER_72H'];
  var VACCINATION = ['NONE', 'PARTIAL', 'COMPLETE', 'BOOSTER'];
  var TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23' });
  var words = {};
  var keys = null; // key id → raw public key, base64url
  document.querySelectorAll('#verify-words [data-key]').forEach(function (item) {
    words[item.dataset.key] = item.textContent;
  });

  function el(id) { return document.getElementById(id); }
  function show(id, visible) { var node = el(id); if (node) { node.hidden = !visible; } }
  var unreachable = false; // the last probe of the server failed

  function offline() { return navigator.onLine === false || unreachable; }

  // whether the server answers at all: the browser's onLine says true on a Wi-Fi without
  // internet, and a page the service worker served from its cache cannot tell by itself
  function probe() {
    if (navigator.onLine === false) { return Promise.resolve(false); }
    var abort = window.AbortController ? new AbortController() : null;
    var timer = abort ? window.setTimeout(function () { abort.abort(); }, 4000) : null;
    return fetch(form.dataset.probe, { method: 'HEAD', cache: 'no-store', credentials: 'same-origin',
      signal: abort ? abort.signal : undefined }).then(function () { return true; }, function () { return false; })
      .then(function (reached) {
        window.clearTimeout(timer);
        unreachable = !reached;
        mode();
        return reached;
      });
  }

  function base64url(data) {
    var binary = '';
    data.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // the bytes of base64url without padding, or null unless the text is their one spelling
  function bytesOf(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) { return null; }
    var padded = text.replace(/-/g, '+').replace(/_/g, '/');
    while (padded.length % 4) { padded += '='; }
    var binary = atob(padded);
    var data = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { data[i] = binary.charCodeAt(i); }
    return base64url(data) === text ? data : null;
  }

  // splits into at most n fields, the last keeping any further '|' (Java's split with a limit)
  function fields(text, n) {
    var out = [];
    var rest = text;
    while (out.length < n - 1 && rest.indexOf('|') >= 0) {
      out.push(rest.substring(0, rest.indexOf('|')));
      rest = rest.substring(rest.indexOf('|') + 1);
    }
    out.push(rest);
    return out;
  }

  function epoch(text) { return /^[0-9]{1,12}$/.test(text) ? Number(text) : NaN; }

  // the payload's fields (docs/verification.md, "Token grammar"), or null
  function parse(payload) {
    var text;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(payload); } catch (e) { return null; }
    var f;
    var read;
    if (text.indexOf('v1|') === 0) {
      f = fields(text, 6);
      if (f.length !== 6) { return null; }
      read = { version: 'v1', color: f[2], issued: epoch(f[3]), expires: epoch(f[4]), name: f[5] };
    } else if (text.indexOf('v2|') === 0) {
      f = fields(text, 9);
      if (f.length !== 9 || NAT.indexOf(f[5]) < 0 || VACCINATION.indexOf(f[7]) < 0) { return null; }
      if ((f[6] === '') !== (f[5] === 'NONE') || (f[6] !== '' && AGES.indexOf(f[6]) < 0)) { return null; }
      read = { version: 'v2', color: f[2], issued: epoch(f[3]), expires: epoch(f[4]), nat: f[5], age: f[6],
        vaccination: f[7], name: f[8] };
    } else {
      return null;
    }
    return COLORS.indexOf(read.color) >= 0 && !isNaN(read.issued) && !isNaN(read.expires) ? read : null;
  }

  function loadKeys() {
    return fetch(form.dataset.keys, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('keys ' + response.status); }
        return response.json();
      }).then(function (body) {
        var found = {};
        body.keys.forEach(function (key) { if (key.algorithm === 'Ed25519') { found[key.keyId] = key.publicKey; } });
        keys = found;
        return found;
      });
  }

  function refusal(code) { return { problem: code }; }

  // resolves to the token's fields, or to {problem: message key}
  function check(token) {
    if (!window.crypto || !window.crypto.subtle) { return Promise.resolve(refusal('verify.offline.unsupported')); }
    if (!SHAPE.test(token)) { return Promise.resolve(refusal('problem.HEALTH_TOKEN_INVALID')); }
    var parts = token.split('.');
    var payload = bytesOf(parts[0]);
    var signature = bytesOf(parts[2]);
    if (payload === null || signature === null) { return Promise.resolve(refusal('problem.HEALTH_TOKEN_INVALID')); }
    return (keys ? Promise.resolve(keys) : loadKeys()).then(function (known) {
      var raw = known[parts[1]] ? bytesOf(known[parts[1]]) : null;
      if (raw === null) { return refusal('problem.HEALTH_TOKEN_UNKNOWN_KEY'); }
      var signed = new TextEncoder().encode('healthcode/health/' + parts[1] + '/' + parts[0]);
      return window.crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']).then(function (key) {
        return window.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, signed);
      }, function () {
        throw new Error('unsupported');
      }).then(function (valid) {
        var read = valid ? parse(payload) : null;
        if (read === null) { return refusal('problem.HEALTH_TOKEN_INVALID'); }
        return Date.now() / 1000 >= read.expires ? refusal('problem.HEALTH_TOKEN_EXPIRED') : read;
      }).catch(function () { return refusal('verify.offline.unsupported'); });
    }, function () { return refusal('verify.offline.noKeys'); });
  }

  function natWord(read) {
    return words[read.nat === 'NEGATIVE' ? 'health.nat.NEGATIVE.' + read.age : 'health.nat.' + read.nat];
  }

  function render(read) {
    ['result', 'problem'].forEach(function (id) { show(id, false); });
    var box = el('offline-result');
    if (read.problem) {
      show('offline-result', false);
      el('offline-problem').textContent = words[read.problem];
      el('offline-problem').dataset.code = read.problem.replace('problem.', '');
      show('offline-problem', true);
      return;
    }
    show('offline-problem', false);
    box.className = 'verify-result code-' + read.color.toLowerCase();
    box.dataset.color = read.color;
    el('offline-color').textContent = words['health.color.' + read.color];
    el('offline-rule').textContent = words['health.rule.' + read.color];
    el('offline-name').textContent = read.name;
    show('offline-nat-line', read.version !== 'v1');
    show('offline-vaccination-line', read.version !== 'v1');
    if (read.version !== 'v1') {
      el('offline-nat').textContent = natWord(read);
      el('offline-nat').dataset.state = read.nat;
      el('offline-vaccination').textContent = words['health.vaccination.' + read.vaccination];
      el('offline-vaccination').dataset.state = read.vaccination;
    }
    el('offline-until').textContent = words['verify.result.validUntil'].replace('{0}',
      TIME.format(new Date(read.expires * 1000)));
    show('offline-result', true);
    box.focus();
  }

  // online the form posts as ever (form.submit() does not come back here); offline the
  // token is checked here
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    probe().then(function (reached) {
      if (reached) {
        (servedOffline ? freshCsrf() : Promise.resolve()).then(function () { form.submit(); });
        return;
      }
      check(form.querySelector('[name="token"]').value.trim()).then(render);
    });
  });
  // a page that came from the cache may hold the CSRF token of a session that has ended since:
  // take the token of a fresh copy before posting
  function freshCsrf() {
    return fetch(form.dataset.scope, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('#verify-form [name="_csrf"]');
        var field = form.querySelector('[name="_csrf"]');
        if (fresh && field) { field.value = fresh.value; }
        servedOffline = false;
      }).catch(function () { /* post as it is */ });
  }

  function mode() { show('offline-mode', offline()); }
  window.addEventListener('online', probe);
  window.addEventListener('offline', mode);
  var servedOffline = false; // the server was out of reach when this page was shown
  probe().then(function (reached) { servedOffline = !reached; });

  // resolves once the worker serves this page (it claims it on activation), so that from now
  // on the page, scripts and keys come from its cache when the network is gone
  function controlled() {
    if (navigator.serviceWorker.controller) { return Promise.resolve(); }
    return new Promise(function (resolve) {
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    });
  }

  var keysLoaded = loadKeys().then(function () { return true; }, function () { return false; });
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(form.dataset.worker, { scope: form.dataset.scope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(controlled)
      .then(function () { return keysLoaded; })
      .then(function (haveKeys) { show('offline-ready', haveKeys); })
      .catch(function () { /* online checks still work */ });
  }
}());
