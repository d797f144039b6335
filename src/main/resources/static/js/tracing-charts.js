// Tracing console pictures (ECharts): the trajectory as a timeline (time across, venues down,
// each check-in a dot in the colour shown at the door) drawn from the table beside it, and the
// contact network (case → venues → contacts → second degree, coloured by their colour now) from
// the data the server put on the chart. Tooltips are drawn on the canvas (richText), so nothing
// needs inline styles (the page's CSP allows none). The tables stay the accessible version.
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') { return; }
  var COLORS = { GREEN: '#0a7d33', YELLOW: '#b35c00', RED: '#c5221f' };
  var VENUE = '#5f6b7a';
  var charts = [];
  var time = new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', {
    timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  });

  function draw(element, option) {
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    element.setAttribute('data-drawn', 'true');
    charts.push(chart);
  }

  function timeline(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table) { return; }
    var venues = [];
    var points = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      var venue = row.querySelector('.timeline-venue').textContent.trim();
      if (venues.indexOf(venue) < 0) { venues.push(venue); }
      return { at: Number(row.getAttribute('data-at')), venue: venue, color: row.getAttribute('data-color') };
    }).sort(function (a, b) { return a.at - b.at; });
    var data = points.map(function (p) {
      return { value: [p.at, p.venue], itemStyle: { color: COLORS[p.color] || VENUE } };
    });
    // as tall as its venues need, across the whole period asked for
    element.style.height = Math.min(30, 7 + venues.length * 2.5) + 'rem';
    draw(element, {
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (item) { return item.value[1] + '\n' + time.format(new Date(item.value[0])); } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time', min: Number(element.getAttribute('data-from')), max: Number(element.getAttribute('data-to')), axisLabel: { formatter: function (v) { return time.format(new Date(v)).replace(' ', '\n'); } } },
      yAxis: { type: 'category', data: venues, inverse: true, axisLabel: { width: 120, overflow: 'break' } },
      series: [
        { type: 'line', data: data.map(function (d) { return d.value; }), symbol: 'none', lineStyle: { color: '#9aa0a6', type: 'dashed' }, silent: true },
        { type: 'scatter', data: data, symbolSize: 14 }
      ]
    });
  }

  function network(element) {
    var graph;
    try { graph = JSON.parse(element.getAttribute('data-graph')); } catch (e) { return; }
    var kinds = ['CASE', 'VENUE', 'CONTACT_1', 'CONTACT_2'];
    var names = [element.getAttribute('data-case'), element.getAttribute('data-venue'),
      element.getAttribute('data-contact1'), element.getAttribute('data-contact2')];
    var nodes = graph.nodes.map(function (node) {
      var kind = kinds.indexOf(node.kind);
      return {
        id: node.id, name: node.name, category: kind,
        symbol: node.kind === 'VENUE' ? 'rect' : (node.kind === 'CASE' ? 'diamond' : 'circle'),
        symbolSize: node.kind === 'CASE' ? 34 : (node.kind === 'VENUE' ? 20 : (node.kind === 'CONTACT_1' ? 18 : 13)),
        itemStyle: { color: node.kind === 'VENUE' ? VENUE : (COLORS[node.color] || VENUE), borderColor: '#fff', borderWidth: 1 },
        label: { show: true, position: 'right', formatter: node.name }
      };
    });
    draw(element, {
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (item) { return item.dataType === 'node' ? names[item.data.category] + ': ' + item.data.name : ''; } },
      legend: { bottom: 0, data: names.map(function (name) { return { name: name }; }) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 160, edgeLength: [40, 90], gravity: 0.08 },
        categories: names.map(function (name, i) { return { name: name, itemStyle: { color: i === 1 ? VENUE : '#0b57d0' } }; }),
        data: nodes,
        links: graph.links.map(function (link) { return { source: link.source, target: link.target }; }),
        lineStyle: { color: '#9aa0a6', width: 1.2 },
        emphasis: { focus: 'adjacency' }
      }]
    });
  }

  var line = document.getElementById('trajectory-chart');
  if (line) { timeline(line); }
  var net = document.getElementById('contact-graph');
  if (net) { network(net); }
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
}());
