// The desk's keyboard shortcuts (editor/item.xhtml): a key clicks the control marked
// data-bd-key="<key>" (J/K next/previous item, A accept, T tag, R return), as a mouse would, so
// the same Ajax and dialogs run. Never while typing in a field or with a modifier key held.
(function () {
  function typing(target) {
    var t = target && target.tagName;
    return t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT' || (target && target.isContentEditable);
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || typing(e.target)) {
      return;
    }
    if (document.querySelector('.ui-dialog[aria-hidden="false"]')) {
      return; // a dialog is open: its own keys apply
    }
    var key = (e.key || '').toLowerCase();
    var control = document.querySelector('[data-bd-key="' + key + '"]');
    if (control && !control.disabled) {
      e.preventDefault();
      control.click();
    }
  });
})();
