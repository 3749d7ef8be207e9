// Light behaviour only: submit the filter form when a select changes; scroll to the first highlight.
document.querySelectorAll("form.filters select").forEach((el) => {
  el.addEventListener("change", () => el.form.submit());
});
const first = document.querySelector("article.text mark");
if (first) first.scrollIntoView({ block: "center" });
