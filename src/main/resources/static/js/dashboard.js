// Dashboard: draws each table of figures as a chart with ECharts. The tables stay on the page (they
// are the accessible version and what shows without script or without the chart library).
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') {
    return;
  }
  var COLORS = { GREEN: '#0a7d33', YELLOW: '#b35c00', RED: '#c5221f' };

  function rowsOf(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var cells = row.querySelectorAll('td');
      return { label: cells[0].textContent.trim(), value: Number(cells[1].textContent.trim()), color: row.getAttribute('data-color') };
    });
  }

  function optionFor(kind, rows) {
    var labels = rows.map(function (row) { return row.label; });
    var values = rows.map(function (row) { return row.value; });
    var grid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };
    if (kind === 'pie') {
      return {
        animation: false, tooltip: { trigger: 'item', renderMode: 'richText' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map(function (row) {
          return { name: row.label, value: row.value, itemStyle: { color: COLORS[row.color] } };
        }) }]
      };
    }
    if (kind === 'hbar') {
      return {
        animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, grid: grid,
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: labels.slice().reverse(), axisLabel: { width: 150, overflow: 'break', lineHeight: 14 } },
        series: [{ type: 'bar', data: values.slice().reverse(), itemStyle: { color: '#0b57d0' } }]
      };
    }
    return {
      animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, grid: grid,
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: kind === 'bar' ? 30 : 0, width: 80, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: kind === 'line' ? 'line' : 'bar', data: values, smooth: true, areaStyle: kind === 'line' ? {} : undefined,
        itemStyle: { color: '#0b57d0' } }]
    };
  }

  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('.chart[data-table]'), function (element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table) {
      element.hidden = true;
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(optionFor(element.getAttribute('data-kind'), rowsOf(table)));
    element.setAttribute('data-drawn', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
}());
