// Scroll to the highlighted span (?start=&end= became id="hl" on the server); #s-<start>-<end> also works.
// On "load", after the browser's own jump to the #hl anchor, so the span ends up centred, not at the top edge.
window.addEventListener("load", function () {
  var target = document.getElementById("hl") || (location.hash && document.getElementById(location.hash.slice(1)));
  if (target) {
    target.scrollIntoView({block: "center"});
    target.classList.add("hl");
  }
  document.body.setAttribute("data-ready", "1");
});
