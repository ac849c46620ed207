// Form helpers every page loads (a file, not an inline script, for the Content-Security-Policy).
// 1. A text field with data-bd-max counts its characters and says, in red, how many to cut when
//    it is too long: nothing is cut silently, the server refuses the text with the same numbers.
// 2. PrimeFaces' date picker button is announced as "ui-button": it gets a Chinese name.
// 3. The duplicate check while writing, debounced (below).
(function () {
  function length(text) {
    return Array.from(text.trim()).length;
  }

  function count(input) {
    var max = parseInt(input.getAttribute('data-bd-max'), 10);
    var out = document.getElementById(input.getAttribute('data-bd-counter'));
    if (!out) {
      return;
    }
    var n = length(input.value);
    if (n > max) {
      out.textContent = '已输入' + n + '字，超出' + (n - max) + '字，请删减到' + max + '字以内';
      out.className = 'bd-counter bd-counter-over';
      input.setAttribute('aria-invalid', 'true');
    } else {
      out.textContent = '已输入' + n + '字，还可输入' + (max - n) + '字';
      out.className = 'bd-counter';
      input.removeAttribute('aria-invalid');
    }
  }

  function labelDatePickers(root) {
    // Changes only what differs: the observer below sees every change, and must come to rest.
    root.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
      if (button.getAttribute('aria-label') !== '选择日期') {
        button.setAttribute('aria-label', '选择日期');
        button.setAttribute('title', '选择日期');
      }
      var text = button.querySelector('.ui-button-text');
      if (text && text.textContent !== '选择日期') {
        text.textContent = '选择日期';
      }
    });
  }

  // 4. Names for controls PrimeFaces and Quill leave unnamed, so a screen reader says what they are.
  function nameControls(root) {
    root.querySelectorAll('.ql-picker-label:not([aria-label])').forEach(function (e) {
      e.setAttribute('aria-label', '段落格式');
    });
    root.querySelectorAll('.ui-texteditor[role]:not([aria-label]), .ql-editor:not([aria-label])').forEach(function (e) {
      var editor = e.closest('.ui-texteditor');
      var label = editor && document.querySelector('label[for="' + editor.id + '"]');
      e.setAttribute('aria-label', label ? label.textContent.trim() : '正文');
    });
    // The choose button is a labelled span around the file input: a group, not a second control.
    root.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (e) {
      e.setAttribute('role', 'group');
    });
    root.querySelectorAll('canvas[role="img"]:not([aria-label])').forEach(function (e) {
      var box = e.closest('div, section');
      var heading = box && box.parentElement && box.parentElement.querySelector('h2, h3');
      e.setAttribute('aria-label', heading ? heading.textContent.trim() + '（图表）' : '统计图表');
    });
  }

  function prepare() {
    document.querySelectorAll('[data-bd-max]').forEach(count);
    labelDatePickers(document);
    nameControls(document);
  }

  // 3. Typing inside an element with data-bd-check="fn" calls window[fn]() once the typing pauses
  //    (the duplicate check while writing), and only while that element is still on the page and
  //    no other request is under way, so a pending check never races a 报送 that replaced the form.
  var checkTimer = null;

  function scheduleCheck(target) {
    var area = target.closest && target.closest('[data-bd-check]');
    if (!area) {
      return;
    }
    var fn = area.getAttribute('data-bd-check');
    clearTimeout(checkTimer);
    checkTimer = setTimeout(function () {
      var idle = !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();
      if (document.body.contains(area) && idle && typeof window[fn] === 'function') {
        window[fn]();
      }
    }, 900);
  }

  document.addEventListener('input', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-bd-max')) {
      count(e.target);
    }
    scheduleCheck(e.target);
  });
  document.addEventListener('DOMContentLoaded', prepare);
  // Ajax updates replace parts of the page: prepare the new parts too.
  document.addEventListener('DOMContentLoaded', function () {
    new MutationObserver(function () {
      labelDatePickers(document);
      nameControls(document);
      document.querySelectorAll('[data-bd-max]').forEach(function (input) {
        var out = document.getElementById(input.getAttribute('data-bd-counter'));
        if (out && out.textContent === '') {
          count(input);
        }
      });
    }).observe(document.body, {childList: true, subtree: true});
  });
})();
