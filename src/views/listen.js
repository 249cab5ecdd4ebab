// Read-aloud for children who cannot read yet: adds a "listen" button beside
// each text marked data-say, using the browser's speech synthesis in the
// page's language, or the recording the survey ships. Without either, no button; the
// page works fully without this file.
(function () {
  var synth = window.speechSynthesis;
  var main = document.querySelector("[data-listen]");
  if (!main) return;
  var lang = document.documentElement.lang || "en";
  var label = main.getAttribute("data-listen");
  var icon = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor"/><path d="M16 8.5a4.5 4.5 0 0 1 0 7M18.5 6a8 8 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
  var spoken = false;
  function voiceFor() {
    var base = lang.split("-")[0].toLowerCase();
    return synth && synth.getVoices().filter(function (v) {
      return v.lang && v.lang.toLowerCase().split(/[-_]/)[0] === base;
    })[0];
  }
  function add(el, play) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "listen";
    b.innerHTML = icon;
    b.setAttribute("aria-label", label + ": " + el.textContent.trim());
    b.addEventListener("click", play);
    var host = el.closest(".option, .point") || el;
    if (host === el) el.insertAdjacentElement("afterend", b);
    else host.appendChild(b);
  }
  // Recordings shipped with the survey play as they are.
  document.querySelectorAll("[data-say][data-audio]").forEach(function (el) {
    var clip = new Audio(el.getAttribute("data-audio"));
    clip.preload = "none";
    add(el, function () { if (synth) synth.cancel(); clip.currentTime = 0; clip.play(); });
  });
  // Other texts are spoken by the browser, when it has a voice for the language.
  function addSpoken() {
    var voice = voiceFor();
    if (spoken || !voice) return;
    spoken = true;
    document.querySelectorAll("[data-say]:not([data-audio])").forEach(function (el) {
      var text = el.textContent.trim();
      add(el, function () {
        synth.cancel();
        var u = new SpeechSynthesisUtterance(text);
        u.lang = voice.lang;
        u.voice = voice;
        u.rate = 0.9;
        synth.speak(u);
      });
    });
  }
  if (!synth || !window.SpeechSynthesisUtterance) return;
  addSpoken();
  if (!spoken && "onvoiceschanged" in synth) synth.addEventListener("voiceschanged", addSpoken);
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
