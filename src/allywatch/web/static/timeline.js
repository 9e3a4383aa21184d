// Timeline: one lane per actor pair (or country), one dot per dated event, coloured by event type.
(function () {
  const data = JSON.parse(document.getElementById('timeline-data').textContent);
  const el = document.getElementById('timeline');
  if (!window.echarts || !el) return;
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  window.allywatchTimeline = chart;
  const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4',
                   '#ea7ccc', '#2f4554', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#bda29a', '#6e7074'];
  const series = data.types.map((type, i) => ({
    name: type, type: 'scatter', color: palette[i % palette.length],
    symbolSize: p => 8 + 4 * Math.sqrt(p[3] || 1),
    data: data.points.filter(p => p.event_type === type)
                     .map(p => [p.date, p.lane, p.summary_zh, p.num_mentions, p.event_id]),
    emphasis: { focus: 'series' },
  }));
  // Start zoomed on the most recent three years when the events span longer (background events such as a
  // 1953 treaty would squash the rest); the slider shows and reaches the whole range.
  const times = data.points.map(p => Date.parse(p.date)).sort((a, b) => a - b);
  const last = times.length ? times[times.length - 1] : 0;
  const windowStart = times.find(t => t >= last - 3 * 365.25 * 86400e3);
  const zoom = times.length && windowStart > times[0]
    ? { startValue: windowStart - 15 * 86400e3, endValue: last + 15 * 86400e3 } : {};
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: '"Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 150, right: 30, top: 40, bottom: 70 },
    tooltip: { trigger: 'item', formatter: p => `${p.value[0]} · ${p.seriesName}<br>${p.value[2]}` },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: data.lanes.slice().reverse(), axisLabel: { width: 140, overflow: 'truncate' } },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 10, filterMode: 'none', ...zoom },
               { type: 'inside', xAxisIndex: 0, filterMode: 'none', ...zoom },
               { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }],
    series: series,
  });
  chart.on('click', p => { if (p.value && p.value[4]) window.location.href = '/events/' + p.value[4]; });
  window.addEventListener('resize', () => chart.resize());
  el.dataset.ready = String(data.points.length);
})();
