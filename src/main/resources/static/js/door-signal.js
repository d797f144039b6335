// The door's signal: a pass chime or a distinct alarm made with WebAudio (no sound files), an
// optional voice read-out in the page's language, a mute switch remembered on this device, and the
// 10-second verdict modal. What was chosen is written to data-played / data-spoken on the page, so a
// browser test can check it without hearing it.
(function () {
  'use strict';
  var MUTE_KEY = 'healthcode.door.mute';

  function muted() {
    try { return window.localStorage.getItem(MUTE_KEY) === '1'; } catch (e) { return false; }
  }

  function setMuted(value) {
    try { window.localStorage.setItem(MUTE_KEY, value ? '1' : '0'); } catch (e) { /* private mode */ }
  }

  var audio = null;

  function context() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) { return null; }
    if (!audio) { audio = new Ctx(); }
    if (audio.state === 'suspended' && audio.resume) { audio.resume(); }
    return audio;
  }

  function tone(ctx, type, frequency, start, length, volume) {
    var osc = ctx.createOscillator();
    var gain = ctx.createGain();
    osc.type = type;
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(volume, ctx.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + start + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(ctx.currentTime + start);
    osc.stop(ctx.currentTime + start + length);
  }

  // chime: two soft rising notes; alarm: three harsh alternating beeps
  function play(sound) {
    var ctx = context();
    if (!ctx) { return; }
    if (sound === 'chime') {
      tone(ctx, 'sine', 880, 0, 0.25, 0.3);
      tone(ctx, 'sine', 1320, 0.2, 0.4, 0.3);
    } else {
      for (var i = 0; i < 3; i++) {
        tone(ctx, 'square', 660, i * 0.3, 0.14, 0.25);
        tone(ctx, 'square', 440, i * 0.3 + 0.15, 0.14, 0.25);
      }
    }
  }

  function speak(text, lang) {
    if (!text || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') { return; }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  /** Signals a verdict on {@code target}: sound ('chime' or 'alarm') and voice text. */
  function signal(target, sound, voice) {
    var lang = document.documentElement.lang || 'zh-CN';
    target.dataset.sound = sound;
    target.dataset.voice = voice || '';
    if (muted()) {
      target.dataset.played = 'muted';
      target.dataset.spoken = '';
      return;
    }
    target.dataset.played = sound;
    target.dataset.spoken = voice || '';
    try { play(sound); } catch (e) { /* no audio device */ }
    speak(voice, lang);
  }

  /** Opens a modal for {@code seconds}, then closes it; the page keeps its own verdict line. */
  function showFor(dialog, seconds) {
    if (!dialog) { return; }
    if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
    dialog.dataset.state = 'open';
    window.setTimeout(function () {
      if (typeof dialog.close === 'function') { dialog.close(); } else { dialog.removeAttribute('open'); }
    }, seconds * 1000);
    dialog.addEventListener('close', function () { dialog.dataset.state = 'closed'; });
  }

  function bindMute() {
    var box = document.getElementById('sound-mute');
    if (!box) { return; }
    box.checked = muted();
    box.addEventListener('change', function () { setMuted(box.checked); });
  }

  window.DoorSignal = { signal: signal, showFor: showFor, muted: muted };

  bindMute();
  var screen = document.querySelector('main.result[data-sound]');
  if (screen && !document.body.classList.contains('result-old')) {
    signal(screen, screen.dataset.sound, screen.dataset.voice);
    var modal = document.getElementById('verdict-modal');
    if (modal) { showFor(modal, Number(modal.dataset.seconds) || 10); }
  }
}());
