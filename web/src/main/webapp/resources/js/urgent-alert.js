// Live alerts for editors (urgent-alert.xhtml): f:websocket calls these. A file, not an inline script,
// so the pages' Content-Security-Policy needs no 'unsafe-inline'.
function briefdeskUrgentOpen() {
  document.getElementById('urgentAlerts').setAttribute('data-channel', 'open');
}
function briefdeskUrgentClosed() {
  document.getElementById('urgentAlerts').setAttribute('data-channel', 'closed');
}
function briefdeskUrgentAlert(message) {
  var box = document.createElement('div');
  box.className = 'bd-urgent-alert';
  box.style.cssText = 'background:#E60012;color:#fff;padding:.75rem 1rem;border-radius:6px;'
      + 'box-shadow:0 4px 16px rgba(0,0,0,.3);font-size:1.05rem;display:flex;gap:.75rem;align-items:flex-start';
  var text = document.createElement('a');
  text.className = 'bd-urgent-alert-link';
  text.style.cssText = 'color:#fff;font-weight:bold;flex:1';
  text.href = document.getElementById('urgentAlerts').getAttribute('data-item-url')
      + encodeURIComponent(String(message.itemId));
  text.textContent = '紧急信息：' + message.unit + '报送《' + message.title + '》';
  var close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = '关闭';
  close.style.cssText = 'background:transparent;border:none;color:#fff;font-size:1.3rem;cursor:pointer;line-height:1';
  close.onclick = function () { box.remove(); };
  box.appendChild(text);
  box.appendChild(close);
  document.getElementById('urgentAlerts').prepend(box);
}
