// Loaded first on the strict-CSP page only. jQuery 3 writes innerHTML while it loads (feature
// tests); a real Targetprocess page under Trusted Types would need the same allowance. This
// 'default' policy lets strings through only until runtime.js closes the gate, so anything
// later (the mashup included) that hands a plain string to an HTML or script sink is blocked.
(function () {
  'use strict';
  var open = true;
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    window.trustedTypes.createPolicy('default', {
      createHTML: function (value) {
        return open ? value : null;
      },
      createScriptURL: function (value) {
        return open ? value : null;
      },
      createScript: function () {
        return null;
      },
    });
  }
  window.__replicaCloseTrustedTypesGate = function () {
    open = false;
    delete window.__replicaCloseTrustedTypesGate;
  };
})();
