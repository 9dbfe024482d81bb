// Starts Swagger UI on /docs (a file, not an inline script, so the page's CSP can forbid those).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({url: root.dataset.openapi, dom_id: "#swagger-ui", deepLinking: true});
});
