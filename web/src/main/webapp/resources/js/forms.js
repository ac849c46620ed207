// Form helpers every page loads (a file, not an inline script, for the Content-Security-Policy).
// 1. A text field with data-bd-max counts its characters and says, in red, how many to cut when
//    it is too long: nothing is cut silently, the server refuses the text with the same numbers.
// 2. PrimeFaces' date picker button is announced as "ui-button": it gets a Chinese name.
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

  function prepare() {
    document.querySelectorAll('[data-bd-max]').forEach(count);
    labelDatePickers(document);
  }

  document.addEventListener('input', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-bd-max')) {
      count(e.target);
    }
  });
  document.addEventListener('DOMContentLoaded', prepare);
  // Ajax updates replace parts of the page: prepare the new parts too.
  document.addEventListener('DOMContentLoaded', function () {
    new MutationObserver(function () {
      labelDatePickers(document);
      document.querySelectorAll('[data-bd-max]').forEach(function (input) {
        var out = document.getElementById(input.getAttribute('data-bd-counter'));
        if (out && out.textContent === '') {
          count(input);
        }
      });
    }).observe(document.body, {childList: true, subtree: true});
  });
})();
