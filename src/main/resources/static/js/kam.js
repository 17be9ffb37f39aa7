// KAM's only script: no inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";

  // Charts read their data from data-* attributes rendered by the server.
  function drawCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "true";
      var labels = JSON.parse(canvas.dataset.labels);
      var colors = JSON.parse(canvas.dataset.colors || "[]");
      var line = canvas.dataset.chart === "line";
      // several series (a trend) come as data-datasets: [{label, data}], coloured in order
      var datasets = canvas.dataset.datasets
        ? JSON.parse(canvas.dataset.datasets).map(function (set, i) {
            return { label: set.label, data: set.data, borderColor: colors[i], backgroundColor: colors[i],
                     borderWidth: 2, spanGaps: true, tension: 0.2 };
          })
        : [{ label: canvas.dataset.label || "", data: JSON.parse(canvas.dataset.values), backgroundColor: colors, borderWidth: 1 }];
      var scales = {};
      if (canvas.dataset.chart === "bar") {
        scales = { y: { beginAtZero: true, ticks: { precision: 0 } } };
      } else if (line) {
        scales = { y: { min: Number(canvas.dataset.min || 0), max: Number(canvas.dataset.max || 5), ticks: { stepSize: 1 } } };
      }
      new Chart(canvas, {
        type: canvas.dataset.chart,
        data: { labels: labels, datasets: datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: canvas.dataset.chart !== "bar", position: "bottom" } },
          scales: scales
        }
      });
    });
  }

  // Progress bars get their width here: the policy refuses style attributes (style-src 'self').
  function sizeBars(root) {
    root.querySelectorAll(".progress-bar[data-progress]").forEach(function (bar) {
      bar.style.width = bar.dataset.progress + "%";
    });
  }

  // Forms that ask before they act (deleting a contact).
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // "Copy" buttons next to a read-only field (a survey link): data-copy names the field.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute("data-copy"));
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value);
    } else {
      document.execCommand("copy");
    }
    button.textContent = button.getAttribute("data-copied") || button.textContent;
  });

  // The main menu on a phone (below Bootstrap's md breakpoint): the toggler shows and hides
  // it. Bootstrap's CSS does the showing; its script is not needed for one class.
  function toggleMenu(event) {
    var toggler = event.target.closest(".kam-menu-toggler");
    if (!toggler) {
      return;
    }
    var menu = document.getElementById(toggler.getAttribute("aria-controls"));
    var open = menu.classList.toggle("show");
    toggler.setAttribute("aria-expanded", open ? "true" : "false");
  }
  document.addEventListener("click", toggleMenu);

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); sizeBars(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); sizeBars(event.target); });
})();
