// Loaded on the csp-lit-taken page only: stands for another Lit-based script (another mashup)
// that ran first and created the Trusted Types policy named `lit-html`. The page's CSP does not
// say 'allow-duplicates', so a second policy of that name is refused.
(function () {
  'use strict';
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    window.__replicaOtherLitPolicy = window.trustedTypes.createPolicy('lit-html', {
      createHTML: function (value) {
        return value;
      },
    });
  }
})();
