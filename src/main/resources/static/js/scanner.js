// The camera scanner shared by 扫一扫 (/scan, venue codes) and /verify (health codes). Frames are
// read by the browser's BarcodeDetector where it has one, otherwise sent one at a time to the
// server (data-decode), which decodes them with ZXing and stores nothing. data-mode says what a
// code leads to: "venue" opens the venue's /s/ path of this platform; "health-code" puts the code
// into the form data-form (its field data-field) and sends it. data-autostart starts at once.
(function () {
  'use strict';
  var box = document.getElementById('scanner');
  if (!box) { return; }
  var mode = box.dataset.mode || 'venue';
  var video = document.getElementById('camera');
  var canvas = document.getElementById('frame');
  var status = document.getElementById('scanner-status');
  var startButton = document.getElementById('scanner-start');
  var stopButton = document.getElementById('scanner-stop');
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var detector = null;
  var busy = false;
  var running = false;

  function show(id, visible) { var el = document.getElementById(id); if (el) { el.hidden = !visible; } }

  function stopCamera() {
    running = false;
    if (video.srcObject) { video.srcObject.getTracks().forEach(function (t) { t.stop(); }); }
    video.srcObject = null;
    video.hidden = true;
    startButton.hidden = false;
    if (stopButton) { stopButton.hidden = true; }
  }

  function ourPath(text) {
    try {
      var url = new URL(text);
      if (url.hostname === window.location.hostname && /^\/s\/[A-Za-z0-9_.-]+$/.test(url.pathname)) { return url.pathname; }
    } catch (e) { /* not a URL */ }
    return null;
  }

  function found(answer) {
    if (mode === 'health-code') {
      if (!answer.token) { show('scanner-foreign', true); return; }
      stopCamera();
      var form = document.getElementById(box.dataset.form);
      form.querySelector('[name="' + box.dataset.field + '"]').value = answer.token;
      // requestSubmit, not submit: the form's submit handlers run (offline, /verify checks the
      // token in the browser instead of posting it)
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      return;
    }
    if (!answer.path) { show('scanner-foreign', true); return; }
    stopCamera();
    window.location.href = answer.path;
  }

  function viaDetector() {
    return detector.detect(video).then(function (codes) {
      if (codes.length === 0) { return; }
      var text = codes[0].rawValue;
      found(mode === 'health-code' ? { token: text && text.length <= 2000 ? text : null } : { path: ourPath(text) });
    });
  }

  function viaServer() {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0);
    return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.85); }).then(function (blob) {
      var headers = { 'Content-Type': 'image/jpeg', 'Accept': 'application/json' };
      if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
      return fetch(box.dataset.decode, { method: 'POST', body: blob, headers: headers, credentials: 'same-origin' });
    }).then(function (response) { return response.ok ? response.json() : { found: false }; })
      .then(function (answer) { if (answer.found) { found(answer); } });
  }

  function loop() {
    if (!running) { return; }
    if (!busy && video.readyState >= 2 && video.videoWidth > 0) {
      busy = true;
      (detector ? viaDetector() : viaServer())
        .catch(function () { /* try the next frame */ })
        .then(function () { busy = false; });
    }
    window.setTimeout(loop, detector ? 250 : 700);
  }

  function start() {
    startButton.hidden = true;
    show('scanner-error', false);
    show('scanner-foreign', false);
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      show('scanner-error', true);
      startButton.hidden = false;
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      return video.play();
    }).then(function () {
      status.textContent = status.dataset.scanning || status.textContent;
      running = true;
      if (stopButton) { stopButton.hidden = false; }
      loop();
    }).catch(function () {
      show('scanner-error', true);
      stopCamera();
    });
  }

  if ('BarcodeDetector' in window) {
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') >= 0) { detector = new window.BarcodeDetector({ formats: ['qr_code'] }); }
    }).catch(function () { detector = null; });
  }
  box.hidden = false;
  startButton.addEventListener('click', start);
  if (stopButton) { stopButton.addEventListener('click', stopCamera); }
  if (box.dataset.autostart === 'true') { start(); }
}());
