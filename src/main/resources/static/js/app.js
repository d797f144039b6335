// On every page. (1) What was typed survives a language switch and a lost session: before the
// language link is followed, the page's form fields are kept in this tab's sessionStorage under
// the form's action, and the next page with a form of that action gets them back once (the
// session-ended page hands over the fields of the post that could not be accepted the same way).
// Passwords, one-time codes, hidden fields and fields marked data-keep="false" are never kept.
// (2) Forms with data-confirm ask before they are sent.
(function () {
  'use strict';
  var PREFIX = 'hc-keep:';

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function actionOf(form) {
    try { return new URL(form.getAttribute('action') || window.location.href, window.location.href).pathname; } catch (e) { return null; }
  }

  function keepable(field) {
    if (!field.name || field.name === '_csrf' || field.disabled || field.dataset.keep === 'false') { return false; }
    if (field.autocomplete === 'one-time-code' || field.autocomplete === 'current-password') { return false; }
    var type = (field.type || '').toLowerCase();
    return ['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'].indexOf(type) < 0;
  }

  function fieldsOf(form) {
    var kept = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!keepable(field)) { return; }
      var type = (field.type || '').toLowerCase();
      var values = kept[field.name] || (kept[field.name] = []);
      if (type === 'checkbox' || type === 'radio') {
        if (field.checked) { values.push(field.value); }
      } else if (field.tagName === 'SELECT' && field.multiple) {
        Array.prototype.forEach.call(field.selectedOptions, function (o) { values.push(o.value); });
      } else {
        values.push(field.value);
      }
    });
    return kept;
  }

  function save(action, fields) {
    var store = storage();
    if (store && action) { store.setItem(PREFIX + action, JSON.stringify(fields)); }
  }

  function restore(form) {
    var store = storage();
    var action = actionOf(form);
    var text = store && action ? store.getItem(PREFIX + action) : null;
    if (!text) { return; }
    store.removeItem(PREFIX + action);
    var fields;
    try { fields = JSON.parse(text); } catch (e) { return; }
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!keepable(field) || !Object.prototype.hasOwnProperty.call(fields, field.name)) { return; }
      var values = fields[field.name];
      var type = (field.type || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        field.checked = values.indexOf(field.value) >= 0;
      } else if (field.tagName === 'SELECT') {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
      } else if (values.length > 0) {
        field.value = values.shift();
      }
    });
    form.setAttribute('data-restored', 'true');
  }

  function keepForms() {
    Array.prototype.forEach.call(document.querySelectorAll('form'), function (form) {
      var fields = fieldsOf(form);
      var typed = Object.keys(fields).some(function (name) {
        return fields[name].some(function (v) { return v !== ''; });
      });
      if (typed) { save(actionOf(form), fields); }
    });
  }

  // the session-ended page: the fields of the post that could not be accepted
  var handed = document.getElementById('kept-fields');
  if (handed) {
    try { save(handed.getAttribute('data-action'), JSON.parse(handed.getAttribute('data-fields'))); } catch (e) { /* nothing kept */ }
  }

  Array.prototype.forEach.call(document.querySelectorAll('form'), restore);

  Array.prototype.forEach.call(document.querySelectorAll('a.lang'), function (link) {
    link.addEventListener('click', keepForms);
  });

  Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
}());
