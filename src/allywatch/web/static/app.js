// Small page behaviours: clickable event rows, the removed-noise toggle, drag-and-drop upload.
document.querySelectorAll('tr.event-row[data-href]').forEach(row => {
  row.addEventListener('click', ev => {
    if (ev.target.closest('a')) return;
    window.location.href = row.dataset.href;
  });
});
const toggle = document.getElementById('show-removed');
if (toggle) {
  const panel = document.getElementById('removed');
  toggle.addEventListener('change', () => { panel.hidden = !toggle.checked; });
}
const drop = document.getElementById('drop');
if (drop) {
  const input = document.getElementById('files');
  ['dragenter', 'dragover'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.remove('over'); }));
  drop.addEventListener('drop', e => { input.files = e.dataTransfer.files; });
}
