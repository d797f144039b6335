// Verify page: where the browser can read QR codes (BarcodeDetector), scan with the camera and
// submit what was read; otherwise the paste form alone works.
(function () {
  'use strict';
  var scanner = document.getElementById('scanner');
  if (!scanner || !('BarcodeDetector' in window) || !navigator.mediaDevices) { return; }
  var start = document.getElementById('scan-start');
  var stop = document.getElementById('scan-stop');
  var video = document.getElementById('scan-video');
  var error = document.getElementById('scan-error');
  var stream = null;
  var detector = null;
  scanner.hidden = false;

  function end() {
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  }

  function scan() {
    if (!stream) { return; }
    detector.detect(video).then(function (codes) {
      var found = codes.find(function (code) { return code.rawValue; });
      if (found) {
        end();
        document.getElementById('token').value = found.rawValue;
        document.getElementById('verify-form').submit();
      } else {
        window.setTimeout(scan, 250);
      }
    }).catch(function () { window.setTimeout(scan, 500); });
  }

  start.addEventListener('click', function () {
    error.hidden = true;
    detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        stop.hidden = false;
        start.hidden = true;
        return video.play();
      })
      .then(scan)
      .catch(function () { end(); error.hidden = false; });
  });
  stop.addEventListener('click', end);
}());
