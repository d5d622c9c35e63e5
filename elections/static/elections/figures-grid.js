// The figures grid of turnout and results in the admin: column sums, and for results each region's
// invalid ballots plus votes, updated as one types. Without JavaScript the sums are those of the
// figures as last loaded, and the checks on saving say what does not add up.
(function () {
  "use strict";
  var grid = document.querySelector("[data-figures-grid]");
  if (!grid) return;
  var counted = grid.hasAttribute("data-counted");
  var thousands = grid.getAttribute("data-thousands"); // as the page writes numbers in its language
  var format = {
    format: function (value) {
      return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    },
  };
  var FIRST_COUNTED = 2; // results: registered, ballots cast, then invalid ballots and the votes

  function value(input) {
    var number = parseInt(input.value, 10);
    return isNaN(number) || number < 0 ? 0 : number;
  }

  function update() {
    var columns = [];
    var allCounted = 0;
    grid.querySelectorAll("tbody tr").forEach(function (row) {
      var inputs = row.querySelectorAll("input");
      var rowCounted = 0;
      var ballots = 0;
      inputs.forEach(function (input, index) {
        columns[index] = (columns[index] || 0) + value(input);
        if (index === 1) ballots = value(input);
        if (index >= FIRST_COUNTED) rowCounted += value(input);
      });
      if (counted) {
        row.querySelector("[data-row-sum]").textContent = format.format(rowCounted);
        row.querySelector("[data-row-sum-cell]").classList.toggle("figures-grid__sum--over", rowCounted > ballots);
        row.querySelector("[data-row-over]").hidden = rowCounted <= ballots;
        allCounted += rowCounted;
      }
    });
    grid.querySelectorAll("[data-column-sum]").forEach(function (output) {
      output.textContent = format.format(columns[parseInt(output.getAttribute("data-column-sum"), 10)] || 0);
    });
    var total = grid.querySelector("[data-row-sum-total]");
    if (total) total.textContent = format.format(allCounted);
  }

  grid.addEventListener("input", update);
  update();
})();
