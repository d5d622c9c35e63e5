// The focal point of a library image: a click on the image sets the two numeric fields, which stay
// visible for keyboard users; typing in them moves the marker.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const picker of document.querySelectorAll(".focal-picker")) {
    const image = picker.querySelector(".focal-picker__image");
    const marker = picker.querySelector(".focal-picker__marker");
    const fieldX = document.getElementById(picker.dataset.focalX);
    const fieldY = document.getElementById(picker.dataset.focalY);
    if (!image || !marker || !fieldX || !fieldY) continue;
    const fraction = (value) => Math.min(1, Math.max(0, Number.parseFloat(value) || 0));
    const place = () => {
      marker.style.left = `${fraction(fieldX.value) * 100}%`;
      marker.style.top = `${fraction(fieldY.value) * 100}%`;
    };
    image.addEventListener("click", (event) => {
      const box = image.getBoundingClientRect();
      fieldX.value = fraction((event.clientX - box.left) / box.width).toFixed(3);
      fieldY.value = fraction((event.clientY - box.top) / box.height).toFixed(3);
      place();
    });
    fieldX.addEventListener("input", place);
    fieldY.addEventListener("input", place);
    place();
  }
});
