// Blue result screen: a ticking clock and a turning frame so a screenshot is recognisable, a
// health code that stays fresh while the screen is live, and the grey "old record" look once the
// entry is older than the configured validity (the server renders it that way when opened later).
(function () {
  'use strict';
  var screen = document.querySelector('main.result');
  if (!screen) { return; }
  var clock = document.getElementById('clock');
  var liveUntil = Number(screen.dataset.liveUntil);
  // the server's clock decides, not the phone's (which may be set wrong)
  var skew = Number(screen.dataset.now) - Date.now();
  var lang = document.documentElement.lang || 'zh-CN';
  var format = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
  var ticker = null;
  var timer = null;

  function live() { return Date.now() + skew < liveUntil; }

  function becomeOld() {
    document.body.classList.add('result-old');
    document.getElementById('live-line').hidden = true;
    document.getElementById('old-note').hidden = false;
    window.clearInterval(ticker);
    window.clearTimeout(timer);
  }

  function tick() {
    if (!live()) { becomeOld(); return; }
    clock.textContent = format.format(new Date());
  }

  function refresh() {
    if (!live()) { return; }
    fetch(screen.dataset.endpoint, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (code) {
        if (!code || !live()) { return; }
        var card = document.getElementById('holder-code');
        ['code-green', 'code-yellow', 'code-red'].forEach(function (c) { card.classList.remove(c); });
        card.classList.add('code-' + code.color.toLowerCase());
        card.dataset.color = code.color;
        var qr = document.getElementById('qr');
        qr.src = code.qr;
        qr.alt = code.qrAlt;
        document.getElementById('color-label').textContent = code.colorLabel;
        // the test and the doses stay as fresh as the colour (a result may come in meanwhile)
        if (code.natLabel) {
          document.getElementById('nat-label').textContent = code.natLabel;
          document.getElementById('nat-line').dataset.state = code.natState;
        }
        if (code.vaccinationLabel) {
          document.getElementById('vaccination-label').textContent = code.vaccinationLabel;
          document.getElementById('vaccination-line').dataset.state = code.vaccinationState;
        }
        timer = window.setTimeout(refresh, Math.max(5, code.refreshSeconds) * 1000);
      })
      .catch(function () { timer = window.setTimeout(refresh, 10000); });
  }

  if (!live()) { becomeOld(); return; }
  tick();
  ticker = window.setInterval(tick, 1000);
  timer = window.setTimeout(refresh, Math.max(5, Number(screen.dataset.refresh)) * 1000);
}());
