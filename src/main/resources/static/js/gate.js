// Gate console: signal the last registration (chime or alarm, voice) and hide its result after
// data-hide-after seconds, so the next visitor in the queue does not see it.
(function () {
  'use strict';
  var result = document.getElementById('gate-result') || document.getElementById('problem');
  if (!result || !window.DoorSignal) { return; }
  window.DoorSignal.signal(result, result.dataset.sound, result.dataset.voice);
  var seconds = Number(result.dataset.hideAfter);
  if (seconds > 0) {
    window.setTimeout(function () { result.hidden = true; result.dataset.state = 'hidden'; }, seconds * 1000);
  }
}());
