// Health-code screen: ticking clock (so a screenshot is recognisable), token refresh before expiry,
// and a stale look if the code could not be renewed in time.
(function () {
  'use strict';
  var card = document.getElementById('health-code');
  if (!card) { return; }
  var clock = document.getElementById('clock');
  var lang = document.documentElement.lang || 'zh-CN';
  var timeFormat = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
  var expiresAt = Number(card.dataset.expires);
  var timer = null;

  function tick() {
    clock.textContent = timeFormat.format(new Date());
    card.classList.toggle('code-stale', Date.now() >= expiresAt);
  }

  function show(code) {
    ['code-green', 'code-yellow', 'code-red'].forEach(function (c) { card.classList.remove(c); });
    card.classList.add('code-' + code.color.toLowerCase());
    card.dataset.color = code.color;
    document.getElementById('color-label').textContent = code.colorLabel;
    var qr = document.getElementById('qr');
    qr.src = code.qr;
    qr.alt = code.qrAlt;
    document.getElementById('masked-name').textContent = code.maskedName;
    document.getElementById('masked-id').textContent = code.maskedIdNumber;
    var nat = document.getElementById('nat-label');
    nat.textContent = code.natLabel;
    nat.dataset.state = code.natState;
    var vaccination = document.getElementById('vaccination-label');
    vaccination.textContent = code.vaccinationLabel;
    vaccination.dataset.state = code.vaccinationState;
    if (code.updatedAt) { document.getElementById('updated').textContent = code.updatedAt; }
    var changes = document.getElementById('status-expires');
    changes.textContent = code.statusExpires || '';
    changes.hidden = !code.statusExpires;
    expiresAt = code.expiresAtMillis;
    document.getElementById('refresh-error').hidden = true;
    schedule(code.refreshSeconds * 1000);
  }

  function refresh() {
    fetch(card.dataset.endpoint, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 409) { window.location.href = card.dataset.profile; return null; }
        var type = response.headers.get('Content-Type') || '';
        if (response.redirected || !response.ok || type.indexOf('json') < 0) {
          // signed out meanwhile: reloading leads through the login page and back here
          window.location.reload();
          return null;
        }
        return response.json();
      })
      .then(function (code) { if (code) { show(code); } })
      .catch(function () {
        document.getElementById('refresh-error').hidden = false;
        schedule(10000);
      });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, Math.max(1000, delay));
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && Date.now() >= expiresAt - 5000) { refresh(); }
  });
  tick();
  window.setInterval(tick, 1000);
  schedule(Number(card.dataset.refresh) * 1000);
}());
