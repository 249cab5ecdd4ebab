// Read-aloud for children who cannot read yet: adds a "listen" button beside
// each text marked data-say, using the browser's speech synthesis in the
// page's language. Without a voice for that language, no button appears; the
// page works fully without this file.
(function () {
  var synth = window.speechSynthesis;
  var main = document.querySelector("[data-listen]");
  if (!synth || !window.SpeechSynthesisUtterance || !main) return;
  var lang = document.documentElement.lang || "en";
  var label = main.getAttribute("data-listen");
  var icon = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor"/><path d="M16 8.5a4.5 4.5 0 0 1 0 7M18.5 6a8 8 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
  var done = false;
  function voiceFor() {
    var base = lang.split("-")[0].toLowerCase();
    return synth.getVoices().filter(function (v) {
      return v.lang && v.lang.toLowerCase().split(/[-_]/)[0] === base;
    })[0];
  }
  function addButtons() {
    var voice = voiceFor();
    if (done || !voice) return;
    done = true;
    document.querySelectorAll("[data-say]").forEach(function (el) {
      var text = el.textContent.trim();
      var b = document.createElement("button");
      b.type = "button";
      b.className = "listen";
      b.innerHTML = icon;
      b.setAttribute("aria-label", label + ": " + text);
      b.addEventListener("click", function () {
        synth.cancel();
        var u = new SpeechSynthesisUtterance(text);
        u.lang = voice.lang;
        u.voice = voice;
        u.rate = 0.9;
        synth.speak(u);
      });
      var host = el.closest(".option, .point") || el;
      if (host === el) el.insertAdjacentElement("afterend", b);
      else host.appendChild(b);
    });
  }
  addButtons();
  if (!done && "onvoiceschanged" in synth) synth.addEventListener("voiceschanged", addButtons);
})();

// Kiosk mode: after the thanks page, back to the start for the next child,
// with a visible countdown and a button to get more time (WCAG 2.2.1).
(function () {
  var box = document.querySelector("[data-kiosk-return]");
  if (!box) return;
  var url = box.getAttribute("data-kiosk-return");
  var left = parseInt(box.getAttribute("data-kiosk-seconds"), 10) || 15;
  var count = document.getElementById("kiosk-count");
  var more = document.getElementById("kiosk-more");
  var template = count.getAttribute("data-template");
  function show() { count.textContent = template.replace("{n}", left); }
  more.hidden = false;
  more.addEventListener("click", function () { left += 60; show(); });
  show();
  setInterval(function () {
    left -= 1;
    if (left <= 0) window.location.replace(url);
    else if (left % 5 === 0 || left < 5) show();
  }, 1000);
})();
