// /docs: Swagger UI over our OpenAPI document, from files we serve (no CDN, no inline script).
// No validator badge: it would send our document's address to validator.swagger.io.
(function () {
  "use strict";
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
})();
