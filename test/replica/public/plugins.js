// Settings > Plugins, rebuilt from docs/host.md §7 (not TPP's code): the list is rendered LATE (1-2 s
// after load, as module loading and the list request take), into
// #plugins-container > div.tau-container > div.plugins, with whitespace text nodes between the
// elements; error marks come ~0.3 s after the list, from CheckActivityLogForErrors; a delete
// renders the whole list again, replacing div.plugins inside div.tau-container.
(function () {
  'use strict';
  var replica = window.__replica;
  var config = replica.config;
  var params = new URLSearchParams(location.search);
  var acid = params.get('acid');
  var REST = config.appPath + '/api/v1/Plugins.asmx';
  // The page's own requests carry its acid, or the text "null" without one (docs/host.md §7).
  var ACID_QUERY = '?acid=' + (acid ? encodeURIComponent(acid) : 'null');
  var delay = Number(params.get('listDelay'));
  if (!(delay >= 0) || params.get('listDelay') === null) delay = 1200;
  var container = document.getElementById('plugins-container');
  replica.pluginsRenders = 0;
  replica.pluginsState = 'pending';

  function ws() {
    return document.createTextNode('\n    ');
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Appends children with a whitespace text node before each and at the end. */
  function fill(parent, children) {
    children.forEach(function (child) {
      parent.appendChild(ws());
      parent.appendChild(child);
    });
    parent.appendChild(ws());
    return parent;
  }

  function editUrl(plugin, name) {
    // Parameter order as seen running TPP's list code (docs/host.md §7), not as in the editor's links.
    var query =
      (acid ? 'acid=' + encodeURIComponent(acid) + '&' : '') +
      'PluginName=' +
      encodeURIComponent(plugin) +
      (name === undefined ? '' : '&ProfileName=' + encodeURIComponent(name)) +
      '&Placeholders=profileeditor' +
      plugin.toLowerCase().replace(/\s+/g, '') +
      '&BackUrl=' +
      encodeURIComponent(config.appPath + '/Admin/Plugins.aspx');
    return config.appPath + '/Admin/EditProfileExt.aspx?' + query;
  }

  function profileUl(plugin, profile) {
    var link = el('a', '', profile.Name);
    link.href = editUrl(plugin.Name, profile.Name);
    var deleteLink = el('a', 'delete-link', 'Delete');
    deleteLink.href = '#';
    deleteLink.setAttribute('role', 'button');
    deleteLink.addEventListener('click', function (event) {
      event.preventDefault();
      confirmDelete(plugin.Name, profile.Name);
    });
    return fill(el('ul'), [
      fill(el('li', 'name tau-profileName'), [link]),
      fill(el('li', 'delete'), [deleteLink]),
    ]);
  }

  function pluginBlock(plugin) {
    var block = el('div', 'plugin-block');
    block.setAttribute('data-plugin', plugin.Name);
    var img = el('img', 'plugin-icon');
    img.alt = '';
    img.src =
      'data:image/svg+xml,' +
      encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><rect width="24" height="24" rx="4" fill="#8fa3b8"/></svg>',
      );
    var profiles = plugin.Profiles || [];
    var list = el('div', 'profiles-list');
    var short = el('div', 'tau-profiles-short');
    var more = el('div', 'tau-profiles-more');
    more.style.display = 'none';
    fill(
      short,
      profiles.slice(0, 3).map(function (p) {
        return profileUl(plugin, p);
      }),
    );
    fill(
      more,
      profiles.slice(3).map(function (p) {
        return profileUl(plugin, p);
      }),
    );
    var children = [short, more];
    if (profiles.length > 3) {
      // No href: the page's "Show more" is not focusable (docs/host.md §7).
      var moreLink = el('a', 'more-link', 'Show more (' + (profiles.length - 3) + ')');
      moreLink.addEventListener('click', function () {
        more.style.display = '';
        moreLink.style.display = 'none';
      });
      children.push(moreLink);
    }
    fill(list, children);
    var add = el('a', 'tau-btn button add-profile', 'Add Profile');
    add.href = editUrl(plugin.Name);
    return fill(block, [
      img,
      el('h4', '_pluginName', plugin.Name),
      el('p', 'note-p', plugin.Category + ' plugin'),
      list,
      add,
    ]);
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function render(plugins) {
    var tau = container.querySelector('div.tau-container');
    if (!tau) {
      tau = el('div', 'tau-container');
      fill(container, [tau]);
    }
    var list = fill(el('div', 'plugins'), plugins.map(pluginBlock));
    var old = tau.querySelector('div.plugins');
    if (old) tau.replaceChild(list, old);
    else fill(tau, [list]);
    replica.pluginsRenders += 1;
    replica.pluginsState = 'rendered';
    plugins.forEach(function (plugin) {
      if ((plugin.Profiles || []).length) markErrors(list, plugin.Name);
    });
  }

  function markErrors(list, pluginName) {
    var url =
      REST +
      '/' +
      encodeURIComponent(pluginName) +
      '/Commands/CheckActivityLogForErrors' +
      ACID_QUERY;
    request('GET', url)
      .then(function (marks) {
        setTimeout(function () {
          var block = [].slice.call(list.querySelectorAll('div.plugin-block')).filter(function (b) {
            return b.getAttribute('data-plugin') === pluginName;
          })[0];
          if (!block) return;
          (marks || []).forEach(function (mark) {
            if (!mark.ErrorsExist) return;
            [].slice.call(block.querySelectorAll('li.tau-profileName > a')).forEach(function (a) {
              if (a.textContent !== mark.ProfileName) return;
              a.classList.add('error-indicator');
              var li = a.parentElement;
              if (li.animate)
                li.animate([{ opacity: 1 }, { opacity: 0.2 }, { opacity: 1 }], { duration: 1200 });
            });
          });
          replica.pluginsMarked = (replica.pluginsMarked || 0) + 1;
        }, 300);
      })
      .catch(function () {
        // The real page shows nothing either when the check fails.
      });
  }

  function load() {
    return request('GET', REST + ACID_QUERY)
      .then(render)
      .catch(function (error) {
        replica.pluginsState = 'failed';
        console.log('[replica] plugin list failed: ' + error.message);
      });
  }

  function confirmDelete(pluginName, profileName) {
    var box = el('div', 'confirmation ui-dialog');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Delete profile');
    var ok = el('button', 'ok tau-btn', 'OK');
    var cancel = el('button', 'cancel tau-btn', 'Cancel');
    fill(box, [el('p', '', 'Delete profile "' + profileName + '"?'), ok, cancel]);
    document.body.appendChild(box);
    ok.focus();
    cancel.addEventListener('click', function () {
      box.remove();
    });
    ok.addEventListener('click', function () {
      box.remove();
      var spinner = el('div', 'spinner-overlay');
      document.body.appendChild(spinner);
      var url =
        REST +
        '/' +
        encodeURIComponent(pluginName) +
        '/Profiles/' +
        encodeURIComponent(profileName) +
        (acid ? '?acid=' + encodeURIComponent(acid) : '');
      request('DELETE', url)
        .then(load)
        .finally(function () {
          spinner.remove();
        });
    });
  }

  function start() {
    setTimeout(load, delay);
  }
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
  replica.reloadPlugins = load;
})();
