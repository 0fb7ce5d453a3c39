// Haven's progressive enhancements. Every feature here also works without JavaScript.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The header menu folds away on narrow screens (without JavaScript it simply stays open).
  var toggle = document.querySelector(".menu-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var menu = document.getElementById(toggle.getAttribute("aria-controls"));
      var open = menu.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // Quick exit: replace this page (so Back does not return to it) with a neutral site.
  // Esc pressed twice within a second does the same.
  var exitLink = document.querySelector("[data-quick-exit]");
  function quickExit(event) {
    if (event) event.preventDefault();
    document.body.style.display = "none";
    document.title = "Weather";
    try { history.replaceState(null, "", "/"); } catch (e) { /* ignore */ }
    window.location.replace(exitLink.href);
  }
  if (exitLink) {
    exitLink.addEventListener("click", quickExit);
    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var now = Date.now();
      if (now - lastEscape < 1000) quickExit(event);
      lastEscape = now;
    });
  }

  // Votes: submit in place instead of reloading the page.
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".vote-form button[name=value]");
    if (!button || !window.fetch) return;
    event.preventDefault();
    var form = button.form;
    var body = new FormData(form);
    body.set("value", button.value);
    fetch(form.action, {
      method: "POST",
      body: body,
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken(form) },
      credentials: "same-origin",
    })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (data.error) { alert(data.error); return; }
        form.querySelector(".vote-score").textContent = data.score;
        var buttons = form.querySelectorAll("button[name=value]");
        var up = buttons[0], down = buttons[1];
        up.classList.toggle("active", data.value === 1);
        down.classList.toggle("active", data.value === -1);
        up.setAttribute("aria-pressed", String(data.value === 1));
        down.setAttribute("aria-pressed", String(data.value === -1));
        up.value = data.value === 1 ? "0" : "1";
        down.value = data.value === -1 ? "0" : "-1";
      })
      .catch(function () { form.submit(); });
  });

  // Copy link on the question page.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-link]");
    if (!button || !navigator.clipboard) return;
    navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
      button.textContent = "Link copied";
    });
  });

  // Similar questions while the title is typed on the ask form.
  var askForm = document.querySelector("form[data-similar-url]");
  if (askForm && window.fetch) {
    var title = askForm.querySelector("input[name=title]");
    var box = document.getElementById("similar-questions");
    var timer = null;
    title.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = title.value.trim();
        if (q.length < 4) { box.hidden = true; return; }
        fetch(askForm.getAttribute("data-similar-url") + "?q=" + encodeURIComponent(q))
          .then(function (response) { return response.json(); })
          .then(function (data) {
            var list = box.querySelector("ul");
            list.textContent = "";
            data.results.forEach(function (item) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = item.url;
              a.textContent = item.title;
              li.appendChild(a);
              list.appendChild(li);
            });
            box.hidden = data.results.length === 0;
          })
          .catch(function () { box.hidden = true; });
      }, 300);
    });
  }
})();
