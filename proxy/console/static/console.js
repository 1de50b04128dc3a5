// Jianhu console: tiny progressive enhancements; every page works without this file.
// Forms with data-confirm ask before submitting (pause, terminate...).
document.addEventListener("submit", function (e) {
  var form = e.target;
  var question = form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { e.preventDefault(); }
});
// Scripts that call the admin API with the session cookie send the CSRF token header.
window.jianhuFetch = function (url, options) {
  options = options || {};
  options.headers = Object.assign({}, options.headers || {}, {
    "X-CSRF-Token": document.querySelector('meta[name="csrf-token"]').content
  });
  options.credentials = "same-origin";
  return fetch(url, options);
};
