// Opening a source card scrolls its full turn to the highlighted quote.
document.addEventListener("toggle", (event) => {
  const card = event.target;
  if (!(card instanceof HTMLDetailsElement) || !card.classList.contains("da-card") || !card.open) return;
  const turn = card.querySelector(".da-turn");
  const mark = turn && turn.querySelector("mark");
  if (mark) turn.scrollTop = Math.max(0, mark.offsetTop - 24);
}, true);

// A Commitments or Motions row's turn link opens the transcript in a new tab. The table selects the
// cell on mousedown and re-renders it, so the click that would follow the link lands on the new cell
// content instead (measured with Gradio 6.31: mousedown on the <a>, mouseup and click on a <span>):
// the link is followed on the mousedown. A click with a modifier key is left to the browser.
document.addEventListener("mousedown", (event) => {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest(".da-structure-table a[href]") : null;
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  window.open(link.href, "_blank", "noopener");
}, true);

// The same link from the keyboard: Enter on a focused cell that holds one (the table moves focus
// between cells with the arrow keys, so the link itself is never focused).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const cell = event.target instanceof Element ? event.target.closest(".da-structure-table [role=gridcell]") : null;
  const link = cell ? cell.querySelector("a[href]") : null;
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  window.open(link.href, "_blank", "noopener");
}, true);
