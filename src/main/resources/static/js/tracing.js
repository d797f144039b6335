// Tracing console: "select all" for the contacts, and the bulk marking's progress bar, which polls
// the server until the marking is done. Without JavaScript the checkboxes work one by one and the
// progress page is reloaded by hand.
(function () {
  'use strict';

  function setUpSelectAll() {
    var all = document.getElementById('select-all');
    if (!all) {
      return;
    }
    var picks = Array.prototype.slice.call(document.querySelectorAll('input.pick'));
    function sync() {
      var checked = picks.filter(function (pick) { return pick.checked; }).length;
      all.checked = checked === picks.length;
      all.indeterminate = checked > 0 && checked < picks.length;
    }
    all.addEventListener('change', function () {
      picks.forEach(function (pick) { pick.checked = all.checked; });
    });
    picks.forEach(function (pick) { pick.addEventListener('change', sync); });
    sync();
    document.getElementById('select-all-line').hidden = false;
  }

  function format(text, values) {
    return text.replace(/\{(\d)\}/g, function (match, index) { return String(values[Number(index)]); });
  }

  function setUpProgress() {
    var card = document.getElementById('job');
    if (!card || card.getAttribute('data-status') !== 'RUNNING') {
      return;
    }
    var texts = {};
    var template = document.getElementById('job-texts');
    Array.prototype.forEach.call(template.content.querySelectorAll('[data-key]'), function (node) {
      texts[node.getAttribute('data-key')] = node.getAttribute('data-text');
    });
    var bar = document.getElementById('job-progress');
    var counts = document.getElementById('job-counts');
    var status = document.getElementById('job-status');
    function poll() {
      fetch(card.getAttribute('data-progress-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (job) {
          bar.max = job.total;
          bar.value = job.done;
          bar.textContent = job.percent + ' %';
          counts.textContent = format(texts.counts, [job.done, job.total, job.changed, job.unchanged]);
          status.textContent = texts[job.status] || job.status;
          status.setAttribute('data-status', job.status);
          card.setAttribute('data-status', job.status);
          if (job.status === 'RUNNING') {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 300);
  }

  setUpSelectAll();
  setUpProgress();
}());
