/** A table cell's count that is not published: a dash to the eye, "withheld" to a screen reader. */
export function Withheld() {
  return <><span aria-hidden="true" title="withheld">–</span><span className="visually-hidden">withheld</span></>;
}
