// Opening a source card scrolls its full turn to the highlighted quote.
document.addEventListener("toggle", (event) => {
  const card = event.target;
  if (!(card instanceof HTMLDetailsElement) || !card.classList.contains("da-card") || !card.open) return;
  const turn = card.querySelector(".da-turn");
  const mark = turn && turn.querySelector("mark");
  if (mark) turn.scrollTop = Math.max(0, mark.offsetTop - 24);
}, true);

// A Commitments or Motions row's turn link opens the transcript in a new tab, from the mouse and from
// the keyboard. The table selects the cell on mousedown and re-renders it, so the click that would
// follow the link lands on the new cell content instead (measured with Gradio 6.31: mousedown on the
// <a>, mouseup and click on a <span>): the link is followed on the mousedown. The table moves focus
// between cells with the arrow keys, never to the link: Enter on a focused cell that holds one
// follows it. With a modifier key the browser does what it does.
function followTurnLink(event, link) {
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  event.stopPropagation();
  window.open(link.href, "_blank", "noopener");
}

document.addEventListener("mousedown", (event) => {
  if (event.button !== 0 || !(event.target instanceof Element)) return;
  followTurnLink(event, event.target.closest(".da-structure-table a[href]"));
}, true);

document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.target instanceof Element)) return;
  const cell = event.target.closest(".da-structure-table [role=gridcell]");
  followTurnLink(event, cell ? cell.querySelector("a[href]") : null);
}, true);
