// Opening a source card scrolls its full turn to the highlighted quote.
document.addEventListener("toggle", (event) => {
  const card = event.target;
  if (!(card instanceof HTMLDetailsElement) || !card.classList.contains("da-card") || !card.open) return;
  const turn = card.querySelector(".da-turn");
  const mark = turn && turn.querySelector("mark");
  if (mark) turn.scrollTop = Math.max(0, mark.offsetTop - 24);
}, true);
