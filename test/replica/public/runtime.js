// The runtime a Targetprocess page gives a mashup (docs/host.md §1, §5): RequireJS is already loaded
// (global define.amd), jQuery as the AMD module 'jQuery', tau/configurator, tau.mashups,
// window.loggedUser, window.appHostAndPath and the ExtJS-like Tp.WebServiceURL.
// Test hooks live on window.__replica.
(function () {
  'use strict';
  if (window.__replicaCloseTrustedTypesGate) window.__replicaCloseTrustedTypesGate();

  var config = JSON.parse(document.getElementById('replica-config').textContent);
  var origin = location.protocol + '//' + location.host;
  var appHostAndPath = origin + config.appPath;
  var acid = new URLSearchParams(location.search).get('acid');

  var loggedUser = {
    id: 1,
    kind: 'User',
    name: 'Administrator Admin',
    login: 'admin',
    email: 'admin@acme.example',
    isAdministrator: true,
    isObserver: false,
  };
  window.loggedUser = loggedUser;
  window.appHostAndPath = appHostAndPath;

  // ExtJS pages: new Tp.WebServiceURL('/Admin/Plugins.aspx') + '' gives the absolute URL with the
  // page's acid carried along (docs/host.md §5 table).
  function WebServiceURL(path) {
    this.path = path;
  }
  WebServiceURL.prototype.toString = function () {
    var url = appHostAndPath + this.path;
    if (acid) url += (url.indexOf('?') >= 0 ? '&' : '?') + 'acid=' + acid;
    return url;
  };
  window.Tp = window.Tp || {};
  window.Tp.WebServiceURL = WebServiceURL;

  var configurator = {
    getApplicationPath: function () {
      return appHostAndPath;
    },
    getLoggedUser: function () {
      return loggedUser;
    },
  };

  var define = window.define;
  var amdRequire = window.require;
  define('jQuery', [], function () {
    return window.jQuery;
  });
  define('tau/configurator', [], function () {
    return configurator;
  });

  // A small page bus; the editor publishes SaveProfile on it.
  var busLog = [];
  var subscribers = {};
  var bus = {
    publish: function (name, data) {
      busLog.push({ name: name, data: data });
      (subscribers[name] || []).slice().forEach(function (fn) {
        fn(data);
      });
    },
    subscribe: function (name, fn) {
      (subscribers[name] = subscribers[name] || []).push(fn);
    },
  };

  var mashupRecords = [];

  // Which mashup script is calling: the server marks each injected script tag.
  function scriptInfo() {
    var script = document.currentScript;
    if (!script || !script.hasAttribute('data-replica-mashup')) {
      var all = document.querySelectorAll('script[data-replica-mashup]');
      script = all.length ? all[all.length - 1] : null;
    }
    var placeholderId = config.placeholders[0];
    return {
      name: script ? script.getAttribute('data-replica-mashup') : 'inline',
      placeholderId: script ? script.getAttribute('data-placeholder') : placeholderId,
      basePath: script ? script.getAttribute('data-base-path') : config.appPath + '/',
      mashupPath: script ? script.getAttribute('data-mashup-path') : config.appPath + '/',
    };
  }

  var pendingDependencies = [];
  var mashups = {
    addDependency: function (name) {
      pendingDependencies.push(name);
      return mashups;
    },
    addModule: function (name, value) {
      define(name, [], function () {
        return value;
      });
      return mashups;
    },
    addCSS: function (file) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = scriptInfo().mashupPath + file;
      document.head.appendChild(link);
      return mashups;
    },
    addMashup: function (fn) {
      var dependencies = pendingDependencies;
      pendingDependencies = [];
      var info = scriptInfo();
      var options = {
        placeholderId: info.placeholderId,
        basePath: info.basePath,
        mashupPath: info.mashupPath,
        // What the real loader passes here is not known (docs/host.md §1 names it only).
        initPoint: null,
      };
      var record = {
        name: info.name,
        dependencies: dependencies,
        options: options,
        ran: false,
        error: null,
      };
      mashupRecords.push(record);
      amdRequire(
        dependencies,
        function () {
          var args = Array.prototype.slice.call(arguments);
          args.push(options);
          try {
            fn.apply(null, args);
            record.ran = true;
          } catch (error) {
            record.error = String(error && error.message ? error.message : error);
            console.error('[replica] mashup ' + info.name + ' threw', error);
          }
        },
        function (error) {
          record.error = 'dependencies: ' + String(error && error.message ? error.message : error);
          console.error('[replica] mashup ' + info.name + ' dependencies failed', error);
        },
      );
      return mashups;
    },
  };
  window.tau = window.tau || {};
  window.tau.mashups = mashups;

  window.__replica = {
    config: config,
    placeholders: config.placeholders.slice(),
    mashups: mashupRecords,
    bus: bus,
    busLog: busLog,
    /**
     * 'pending' until the editor renders; 'rendered', or 'failed' when it never will; 'none'
     * where no editor runs (another page, or ?nomashups: the editor is itself a mashup).
     */
    editorState: config.editor ? 'pending' : 'none',
    renders: 0,
  };
})();
