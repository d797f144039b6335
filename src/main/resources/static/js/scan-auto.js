// Venue scan page: register the entry at once, as the poster promises. Without script the button does it.
(function () {
  'use strict';
  var form = document.getElementById('checkin-form');
  if (!form || !form.dataset.autoSubmit) { return; }
  var button = document.getElementById('checkin-submit');
  button.disabled = true;
  form.submit();
}());
