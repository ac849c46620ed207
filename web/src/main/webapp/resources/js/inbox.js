// The inbox reloads its table when an urgent item's alert arrives (urgent-alert.js adds it to #urgentAlerts).
(function () {
  var alerts = document.getElementById('urgentAlerts');
  if (alerts) {
    new MutationObserver(function (changes) {
      if (changes.some(function (c) { return c.addedNodes.length > 0; })) {
        briefdeskRefreshInbox();
      }
    }).observe(alerts, {childList: true});
  }
})();
