// Venue pages: city → district selects and the print button (confirmations: app.js). Without JavaScript the pages
// still work: one district select grouped by city, actions without a confirmation dialog.
(function () {
  'use strict';

  function setUpDivisionSelects() {
    var district = document.getElementById('divisionCode');
    var city = document.getElementById('city');
    if (!district || !city) {
      return;
    }
    var groups = Array.prototype.slice.call(district.querySelectorAll('optgroup'));
    var placeholder = district.querySelector('option[value=""]');
    var selected = district.value;

    var chooseCity = document.createElement('option');
    chooseCity.value = '';
    chooseCity.textContent = city.getAttribute('data-choose');
    city.appendChild(chooseCity);
    groups.forEach(function (group) {
      var option = document.createElement('option');
      option.value = group.getAttribute('data-code');
      option.textContent = group.label;
      city.appendChild(option);
      if (selected && group.querySelector('option[value="' + selected + '"]')) {
        option.selected = true;
      }
    });

    function showDistrictsOf(cityCode) {
      while (district.firstChild) {
        district.removeChild(district.firstChild);
      }
      district.appendChild(placeholder);
      groups.forEach(function (group) {
        if (group.getAttribute('data-code') === cityCode) {
          Array.prototype.forEach.call(group.querySelectorAll('option'), function (option) {
            district.appendChild(option.cloneNode(true));
          });
        }
      });
      district.disabled = !cityCode;
    }

    city.addEventListener('change', function () {
      showDistrictsOf(city.value);
      district.value = '';
    });
    showDistrictsOf(city.value);
    district.value = selected;
    document.getElementById('city-field').hidden = false;
  }


  function setUpPrint() {
    var button = document.getElementById('print-poster');
    if (!button) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  }

  setUpDivisionSelects();
  setUpPrint();
}());
