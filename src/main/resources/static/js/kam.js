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
      var values = JSON.parse(canvas.dataset.values);
      var colors = JSON.parse(canvas.dataset.colors || "[]");
      new Chart(canvas, {
        type: canvas.dataset.chart,
        data: {
          labels: labels,
          datasets: [{ label: canvas.dataset.label || "", data: values, backgroundColor: colors, borderWidth: 1 }]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: canvas.dataset.chart !== "bar", position: "bottom" } },
          scales: canvas.dataset.chart === "bar" ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {}
        }
      });
    });
  }

  // Forms that ask before they act (deleting a contact).
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
})();
