// The report editor's live preview: a moment after the text stops changing, it is written again from
// the approved values into the frame beside (the same request as the Preview button). A problem's
// place moves the cursor to its line.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  var source = document.getElementById("source");
  var button = document.getElementById("preview-button");
  if (!form || !source || !button) return;
  var timer = null;
  function preview() { form.requestSubmit(button); }
  source.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 800);
  });
  document.querySelectorAll("a[data-line]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var line = Number(link.dataset.line), at = 0;
      var lines = source.value.split("\n");
      for (var i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
      source.focus();
      source.setSelectionRange(at, at + (lines[line - 1] || "").length);
    });
  });
  preview();
})();
