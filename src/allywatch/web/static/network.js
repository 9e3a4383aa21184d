// Network: actors as nodes, edges weighted by event counts, green cooperative / red conflictual.
(function () {
  const data = JSON.parse(document.getElementById('network-data').textContent);
  const params = JSON.parse(document.getElementById('network-params').textContent);
  const panel = document.getElementById('edge-panel');
  const colour = g => g > 0 ? '#1a7f37' : g < 0 ? '#c62828' : '#8c959f';
  const esc = s => String(s == null ? '' : s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));

  async function showEdge(a, b) {
    const q = new URLSearchParams({ a, b });
    for (const k of ['since', 'until', 'country', 'type']) if (params[k]) q.set(k, params[k]);
    panel.innerHTML = '<p class="hint">…</p>';
    const r = await fetch('/api/network/edge?' + q.toString());
    const body = await r.json();
    if (!r.ok) { panel.innerHTML = `<p class="error">${esc(body.detail)}</p>`; return; }
    const items = body.events.map(e =>
      `<li><a href="/events/${esc(e.event_id)}">${esc(e.date || '—')} ${esc(e.event_type)}</a> ${esc(e.summary_zh)}</li>`).join('');
    panel.innerHTML = `<h3 id="edge-title">${esc(a)} — ${esc(b)}</h3>
      <p>${body.weight} 起事件 events · 平均 Goldstein <span style="color:${colour(body.goldstein)}">${body.goldstein.toFixed(2)}</span>
      (${esc(body.tone)})</p><ul id="edge-events">${items}</ul>`;
  }
  document.querySelectorAll('tr.edge-row').forEach(row => row.addEventListener('click', e => {
    e.preventDefault(); showEdge(row.dataset.a, row.dataset.b);
  }));

  const el = document.getElementById('network');
  if (!window.vis || !el) return;
  const maxW = Math.max(1, ...data.edges.map(e => e.weight));
  const nodes = new vis.DataSet(data.nodes.map(n => ({
    id: n.id, label: `${n.label}\n${n.id}`, value: n.events, title: `${n.label} (${n.id}): ${n.events} events`,
    shape: n.kind === 'country' ? 'dot' : 'diamond', color: n.kind === 'country' ? '#5b8fd6' : '#c49a3a',
  })));
  const edges = new vis.DataSet(data.edges.map(e => ({
    id: `${e.source}|${e.target}`, from: e.source, to: e.target, value: e.weight,
    width: 1 + 7 * e.weight / maxW, color: { color: colour(e.goldstein), highlight: colour(e.goldstein) },
    title: `${e.source}—${e.target}: ${e.weight} events, mean Goldstein ${e.goldstein.toFixed(2)}`,
  })));
  const network = new vis.Network(el, { nodes, edges }, {
    nodes: { font: { face: 'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif', size: 14 }, scaling: { min: 10, max: 34 } },
    edges: { smooth: false, scaling: { min: 1, max: 9 } },
    physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 160 } },
    interaction: { hover: true, tooltipDelay: 100 },
  });
  window.allywatchNetwork = network;
  network.on('click', p => {
    if (p.edges.length && !p.nodes.length) {
      const [a, b] = p.edges[0].split('|');
      showEdge(a, b);
    }
  });
  network.once('stabilizationIterationsDone', () => { network.setOptions({ physics: false }); el.dataset.ready = '1'; });
  el.dataset.edges = String(data.edges.length);
})();
