// The entry form: each cell is saved through the API as it is left, with the version it replaces.
// What cannot be sent (no connection) is kept in this browser and sent when the connection returns,
// so that no keystroke is lost; submitting waits until everything is sent.
(function () {
  "use strict";
  var entry = document.getElementById("entry");
  if (!entry) return;
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var unit = entry.dataset.unit, period = entry.dataset.period;
  var key = "baocao.pending." + entry.dataset.program + "." + unit + "." + period;
  var state = document.getElementById("save-state");
  var sending = 0;
  var inFlight = {};

  function pending() {
    try { return JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { return {}; }
  }
  function keep(all) {
    if (Object.keys(all).length === 0) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(all));
  }
  function say(text) { if (state) state.textContent = text; }
  function message(input, text, bad) {
    var box = document.getElementById(input.id + "-msg");
    box.textContent = "";
    if (text) {
      var span = document.createElement("span");
      span.className = bad ? "bad" : "good";
      span.textContent = text;
      box.appendChild(span);
    }
    if (bad) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
  }

  // one request at a time per cell, each with the version the one before it returned
  function save(input) {
    var before = inFlight[input.id] || Promise.resolve();
    var next = before.then(function () { return send(input); });
    inFlight[input.id] = next;
    return next.finally(function () { if (inFlight[input.id] === next) delete inFlight[input.id]; });
  }

  function send(input) {
    var value = input.value.trim();
    var all = pending();
    all[input.id] = value;
    keep(all);
    // an empty cell that never had a value has nothing to take away
    if (value === "" && input.dataset.version === "0") { forget(input.id); return Promise.resolve(); }
    sending++;
    say(entry.dataset.saving);
    var path = "/api/values/" + encodeURIComponent(input.dataset.indicator) + "/" + encodeURIComponent(unit) + "/" + encodeURIComponent(period);
    return fetch(path, {
      method: "PUT",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf, "X-Baocao-Hints": "page", "If-Match": '"' + input.dataset.version + '"', "Accept-Language": document.documentElement.lang},
      body: JSON.stringify({value: value, categories: JSON.parse(input.dataset.categories)})
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) {
          input.dataset.version = String(body.version);
          forget(input.id);
          message(input, "", false);
          check();
          return;
        }
        forget(input.id);
        var error = body.error || {};
        if (response.status === 409 && body.current) {
          // someone else saved this cell: theirs is shown, ours stays in the field to be saved again
          input.dataset.version = String(body.current.version);
          message(input, entry.dataset.conflict.replace("{0}", body.current.value), true);
          return;
        }
        var lines = (error.conflicts || []).map(function (c) { return c.message; }).filter(Boolean);
        message(input, (lines.length ? lines.join(" ") : error.message || "") + (error.hint ? " " + error.hint : ""), true);
      });
    }, function () {
      // no connection: the value stays in this browser until it can be sent
      say(entry.dataset.kept);
    }).finally(function () {
      sending--;
      if (sending === 0 && Object.keys(pending()).length === 0) say(entry.dataset.saved);
    });
  }
  // the program's rules over the whole form, again after each save: their messages beside the cells they read
  var checking = null;
  function check() {
    clearTimeout(checking);
    checking = setTimeout(function () {
      fetch(entry.dataset.checks, {credentials: "same-origin", headers: {"Accept": "application/json"}}).then(function (response) {
        if (!response.ok) return;
        return response.json().then(function (body) {
          Object.keys(body.cells).forEach(function (id) {
            var box = document.getElementById(id + "-rules");
            if (!box) return;
            box.textContent = "";
            body.cells[id].forEach(function (text) {
              var span = document.createElement("span");
              span.className = "bad";
              span.textContent = text;
              box.appendChild(span);
            });
          });
        });
      }, function () { /* no connection: the rules are checked again after the next save */ });
    }, 300);
  }

  function forget(id) {
    var all = pending();
    delete all[id];
    keep(all);
  }

  // what this browser kept from before (a lost connection, a closed tab) goes back into its cells and is sent
  function resend() {
    var all = pending();
    var waiting = [];
    Object.keys(all).forEach(function (id) {
      var input = document.getElementById(id);
      if (!input) { forget(id); return; }
      input.value = all[id];
      if (!inFlight[id]) waiting.push(save(input));
    });
    if (waiting.length) say(entry.dataset.sent);
    Object.keys(inFlight).forEach(function (id) { waiting.push(inFlight[id]); });
    return Promise.all(waiting);
  }

  entry.addEventListener("input", function (event) {
    if (!event.target.classList.contains("cell")) return;
    var all = pending();
    all[event.target.id] = event.target.value.trim();
    keep(all);
  });
  entry.addEventListener("change", function (event) {
    if (event.target.classList.contains("cell")) save(event.target);
  });
  window.addEventListener("online", resend);

  var form = document.getElementById("submit-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      if (Object.keys(pending()).length === 0 && sending === 0) return;
      event.preventDefault();
      resend().then(function () {
        if (Object.keys(pending()).length === 0) form.submit(); else say(entry.dataset.pending);
      });
    });
  }
  resend();
})();
