// /docs: Swagger UI over our OpenAPI document, from files we serve (no CDN, no inline script).
(function () {
  "use strict";
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
})();
