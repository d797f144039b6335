// Blue result screen: a ticking clock so a screenshot is recognisable, and a health code that stays fresh.
(function () {
  'use strict';
  var screen = document.querySelector('main.result');
  if (!screen) { return; }
  var clock = document.getElementById('clock');
  var lang = document.documentElement.lang || 'zh-CN';
  var format = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });

  function tick() { clock.textContent = format.format(new Date()); }

  function refresh() {
    fetch(screen.dataset.endpoint, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (code) {
        if (!code) { return; }
        var frame = document.getElementById('holder-code');
        ['code-green', 'code-yellow', 'code-red'].forEach(function (c) { frame.classList.remove(c); });
        frame.classList.add('code-' + code.color.toLowerCase());
        frame.dataset.color = code.color;
        var qr = document.getElementById('qr');
        qr.src = code.qr;
        qr.alt = code.qrAlt;
        document.getElementById('color-label').textContent = code.colorLabel;
        window.setTimeout(refresh, Math.max(5, code.refreshSeconds) * 1000);
      })
      .catch(function () { window.setTimeout(refresh, 10000); });
  }

  tick();
  window.setInterval(tick, 1000);
  window.setTimeout(refresh, Math.max(5, Number(screen.dataset.refresh)) * 1000);
}());
