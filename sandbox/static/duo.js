// Two sandbox pages side by side: /duo?left=<page query>&right=<page query>, e.g.
// left=as%3D100001 shows the first migrant; each frame is an ordinary sandbox page.
"use strict";
const params = new URLSearchParams(location.search);
const defaults = { left: "as=100001&chat=100001", right: "as=200001&chat=-1001000000001" };
for (const side of ["left", "right"]) {
  const query = new URLSearchParams(params.get(side) || defaults[side]);
  document.getElementById(side).src = `/?${query}`; // always this site's own page
}
