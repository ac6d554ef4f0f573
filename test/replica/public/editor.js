// The Project Email Integration profile editor, rebuilt from docs/host.md §4-5 (not the plugin's
// code). Like the real one it renders LATE (after fetching the profile), straight into the
// placeholder element, binds its handlers directly on the elements with jQuery, and can render
// again (window.__replica.rerender(), or ?rerender=N after load).
(function ($) {
  'use strict';
  var replica = window.__replica;
  var config = replica.config;
  var params = new URLSearchParams(location.search);
  var MASK = '0000000000000000';
  var NO_REFRESH_TOKEN =
    'The refresh token was not received. Remove access for your app in the Google Account ' +
    '(Security > Third-party apps with account access), then sign in again.';
  var API = config.appPath + '/api/v1/Plugins.asmx/Project%20Email%20Integration';
  var POPUP_FEATURES =
    'toolbar=no,location=yes,directories=no,status=no,menubar=no,scrollbars=yes,resizable=yes,' +
    'copyhistory=no,width=599,height=600,top=100,left=100';

  var policy =
    window.trustedTypes && window.trustedTypes.createPolicy
      ? window.trustedTypes.createPolicy('replica', {
          createHTML: function (html) {
            return html;
          },
        })
      : null;

  var state = {
    profile: null,
    isNew: !params.get('ProfileName'),
    oauthState: null,
    passwordChanged: false,
    popups: 0,
  };

  function esc(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function newProfile() {
    return {
      Name: '',
      Settings: {
        SecureAccessMethod: '',
        Login: '',
        Password: '',
        // As TPP's _getDefaultProfile (docs/host.md §4): Protocol '' leaves the first option, POP.
        Protocol: '',
        Port: '110',
        UseSSL: false,
        Rules: '',
        MailServer: '',
        UsersMigrated: 'true',
        OAuthDiscoverUri: null,
        OAuthState: null,
      },
    };
  }

  function template(profile) {
    var s = profile.Settings;
    // The 2020 template reads OAuthState for an OAuth profile and throws when it is missing.
    var email = s.SecureAccessMethod ? s.OAuthState.Email : '';
    var origin = location.protocol + '//' + location.host;
    var withPassword = config.variant !== 'no-password';
    return (
      '<form method="POST">' +
      '<h2 class="h2">E-mail Integration</h2>' +
      '<p class="note">Targetprocess reads this mailbox and turns the e-mails into requests and comments.</p>' +
      '<div class="base-block">' +
      '<div class="pad-box">' +
      '<p class="label">Profile Name&nbsp;<span class="error" name="NameErrorLabel"></span>' +
      '<span class="small">Letters, digits, spaces and _</span>' +
      '<span class="small right">Secure access method</span></p>' +
      '<input id="Name" name="Name" type="text" class="input" value="' +
      esc(profile.Name) +
      '"' +
      (state.isNew ? '' : ' disabled') +
      '>' +
      '<div class="controls-group main-controls left">' +
      '<input id="SignIn" name="SignIn" type="button" class="tau-btn tau-btn-big input" value="Sign in">' +
      '<select id="authDropDown" class="select" name="AuthenticationType">' +
      '<option value="">Login &amp; Password</option>' +
      '<option value="1" url="' +
      esc(config.googleUrl || origin + '/google') +
      '" scope="email" imap="https://mail.google.com" pop3="https://mail.google.com">Google OAuth</option>' +
      '<option value="2" url="' +
      esc(origin) +
      '/microsoft/common/v2.0" scope="email openid offline_access">Outlook OAuth</option>' +
      '</select>' +
      '</div>' +
      '</div>' +
      '<div class="separator"></div>' +
      '<div class="pad-box">' +
      '<h3 class="h3">Email Settings</h3>' +
      '<table class="email-settings"><tbody>' +
      '<tr><td><p class="label">Protocol</p></td>' +
      '<td><p class="label">Server&nbsp;<span class="error" name="MailServerErrorLabel"></span></p></td>' +
      '<td><p class="label">Port&nbsp;<span class="error" name="PortErrorLabel"></span></p></td>' +
      '<td><p class="label">SSL Mode</p></td></tr>' +
      '<tr><td><select id="Protocol" name="Protocol" class="select"><option value="pop3">POP3</option><option value="imap">IMAP</option></select></td>' +
      '<td><input id="MailServer" name="MailServer" type="text" class="input"></td>' +
      '<td><input id="Port" name="Port" type="text" class="input port"></td>' +
      '<td><div id="switch" class="switch"></div></td></tr>' +
      '</tbody></table>' +
      '</div>' +
      '<div class="separator"></div>' +
      '<div class="pad-box">' +
      '<p class="label pt-10">Login&nbsp;<span class="error" name="LoginErrorLabel"></span></p>' +
      '<p></p>' +
      '<input id="Login" name="Login" type="text" class="input">&nbsp;&nbsp;&nbsp;<span>' +
      esc(email) +
      '</span>' +
      '<p class="label pt-10">Password&nbsp;<span class="error" name="PasswordErrorLabel"></span></p>' +
      '<p></p>' +
      (withPassword ? '<input id="Password" type="password" name="Password" class="input">' : '') +
      '<input id="UsersMigrated" type="hidden" name="UsersMigrated">' +
      '<div class="check-block">' +
      '<p class="message-ok" id="successfulConnection"></p>' +
      '<p class="error-message" id="failedConnection"></p>' +
      '<a id="checkConnection" class="check-connection-link" href="javascript:void(0);">Check connection</a>' +
      '<span class="preloader"></span>' +
      '</div>' +
      '</div>' +
      '</div>' +
      '<div class="base-block">' +
      '<div class="pad-box">' +
      '<p class="label">Rules&nbsp;<span class="error" name="RulesErrorLabel"></span>' +
      '<span class="small">One rule per line. <a id="linkSample" href="javascript:void(0);">Learn more</a></span></p>' +
      '<div id="ruleDescription" class="rule-description">A rule is a condition and an action, e.g. ' +
      "<code>when subject contains 'bug' then attach to project 2 and create request in project 2</code>.</div>" +
      '<textarea id="Rules" name="Rules" class="input rules"></textarea>' +
      '<textarea id="Rulesclone" name="Rules" class="input rules clone">then attach to project 1 and create request in project 1</textarea>' +
      '</div>' +
      '</div>' +
      '<div class="controls-block">' +
      '<div class="controls">' +
      '<div class="main-controls left">' +
      '<a id="save" class="button success x-big" href="javascript:void(0);">Save</a>' +
      '<a id="cancel" href="javascript:void(0);">Back to plugins</a>' +
      '</div>' +
      '<div class="additional-controls right"></div>' +
      '</div>' +
      '<div class="controls-widgets"><div class="activityLog"></div></div>' +
      '</div>' +
      '</form>'
    );
  }

  // Exactly the real editor's lookup (docs/host.md §4): the element right after #Login, if a span.
  function emailSpan() {
    return $('#Login').next('span');
  }

  function setCaption(labelName, caption) {
    var p = $('span[name="' + labelName + '"]').parent('p.label')[0];
    if (p && p.firstChild && p.firstChild.nodeType === 3)
      p.firstChild.nodeValue = caption + '\u00a0';
  }

  function ssl() {
    return $('#switch').hasClass('on');
  }

  function setSsl(on) {
    $('#switch').toggleClass('on', !!on).toggleClass('off', !on);
  }

  function resetPort() {
    var imap = $('#Protocol').val() === 'imap';
    $('#Port').val(imap ? (ssl() ? '993' : '143') : ssl() ? '995' : '110');
  }

  function setSignedIn(signedIn) {
    $('#SignIn')
      .val(signedIn ? 'Sign out' : 'Sign in')
      .toggleClass('tau-success', !!signedIn);
  }

  function applyMethod(method) {
    var oauth = method !== '';
    setCaption('LoginErrorLabel', oauth ? 'Client id' : 'Login');
    setCaption('PasswordErrorLabel', oauth ? 'Client secret' : 'Password');
    if (oauth) $('#SignIn').show();
    else $('#SignIn').hide();
  }

  function status(text, kind) {
    var $box = $('body > div.plugins.info-block');
    $box.find('> div.saving').text(text);
    $box.removeClass('saving-now failed done').addClass(kind).show();
  }

  // The error container.
  function clearErrors() {
    $('span.error[name$="ErrorLabel"]').text('');
    $('form [name]').not('span').removeClass('error');
    $('#failedConnection, #successfulConnection').text('');
  }

  function showErrors(errors) {
    var $first = null;
    $.each(errors || [], function (_, e) {
      $('span.error[name="' + e.FieldName + 'ErrorLabel"]').text(e.Message);
      var $field = $('[name="' + e.FieldName + '"]').not('span');
      $field.addClass('error');
      if (!$first && $field.filter(':visible').length) $first = $field.filter(':visible').first();
    });
    if ($first) $first.focus();
  }

  function collect() {
    var method = $('#authDropDown').val();
    var $option = $('#authDropDown option:selected');
    return {
      Name: $('#Name').val(),
      Settings: {
        SecureAccessMethod: method,
        Login: $('#Login').val(),
        Password: state.passwordChanged ? $('#Password').val() : null,
        Protocol: $('#Protocol').val(),
        Port: $('#Port').val(),
        UseSSL: ssl(),
        Rules: $('#Rules').val(),
        MailServer: $('#MailServer').val(),
        UsersMigrated: $('#UsersMigrated').val(),
        OAuthDiscoverUri: method ? $option.attr('url') : null,
        OAuthState: state.oauthState,
      },
    };
  }

  function profileUrl(name) {
    return API + '/Profiles/' + (name ? encodeURIComponent(name) : '');
  }

  function onSave(event) {
    event.preventDefault();
    var $save = $('#save');
    if ($save.hasClass('disabled')) return;
    clearErrors();
    $save.addClass('disabled');
    status('Saving\u2026', 'saving-now');
    var data = collect();
    replica.bus.publish('SaveProfile', data);
    $.ajax({
      url: profileUrl(state.isNew ? '' : state.profile.Name),
      type: 'POST',
      contentType: 'application/json; charset=utf-8',
      data: JSON.stringify(data),
      dataType: 'json',
    })
      .done(function (saved) {
        status('Profile was saved successfully', 'done');
        if (state.isNew) {
          state.isNew = false;
          state.profile = saved;
          location.hash = 'newone';
          $('#Name').prop('disabled', true);
        }
      })
      .fail(function (xhr) {
        var type = xhr.getResponseHeader('Content-Type') || '';
        if (xhr.status === 400 && type.indexOf('json') >= 0) {
          try {
            showErrors(JSON.parse(xhr.responseText));
          } catch {
            /* the status box still says it failed */
          }
        }
        status('Unable to save profile', 'failed');
      })
      .always(function () {
        $save.removeClass('disabled');
      });
  }

  function onCheckConnection(event) {
    event.preventDefault();
    clearErrors();
    $('.check-block .preloader').show();
    $.ajax({
      url: API + '/Commands/CheckConnection',
      type: 'POST',
      contentType: 'application/json; charset=utf-8',
      data: JSON.stringify(collect()),
      dataType: 'json',
    })
      .done(function (answer) {
        if (typeof answer === 'string' && answer) $('#failedConnection').text(answer);
        else $('#successfulConnection').text('Connection was established successfully');
      })
      .fail(function (xhr) {
        var type = xhr.getResponseHeader('Content-Type') || '';
        if (xhr.status === 400 && type.indexOf('json') >= 0)
          showErrors(JSON.parse(xhr.responseText));
        $('#failedConnection').text('Connection failed');
      })
      .always(function () {
        $('.check-block .preloader').hide();
      });
  }

  function randomString() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      })
      .join('');
  }

  function decodeJwt(jwt) {
    try {
      var part = String(jwt).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      while (part.length % 4) part += '=';
      return JSON.parse(atob(part));
    } catch {
      return null;
    }
  }

  // The stand-in for Google is on the replica's own origin; Google's pages are not. Reading a
  // cross-origin popup's location throws a SecurityError, so the replica does the same for the
  // stand-in's pages, and the opener sees the popup only once it is back on our origin.
  function popupHref(popup) {
    var href = popup.location.href;
    var path = popup.location.pathname || '';
    if (path.indexOf('/google/') === 0 || path.indexOf('/microsoft/') === 0) {
      throw new DOMException(
        'Blocked a frame with origin "' +
          location.origin +
          '" from accessing a cross-origin frame.',
        'SecurityError',
      );
    }
    return href;
  }

  function signOut() {
    state.oauthState = null;
    emailSpan().text('');
    setSignedIn(false);
  }

  function onSignIn(event) {
    event.preventDefault();
    if ($('#SignIn').val() === 'Sign out') {
      signOut();
      return;
    }
    clearErrors();
    var login = $('#Login').val();
    var secret = $('#Password').val();
    var errors = [];
    if (!login) errors.push({ FieldName: 'Login', Message: 'Client id should not be empty' });
    if (!secret)
      errors.push({ FieldName: 'Password', Message: 'Client secret should not be empty' });
    else if (secret === MASK)
      errors.push({ FieldName: 'Password', Message: 'Client secret should be reentered' });
    if (errors.length) {
      showErrors(errors);
      return;
    }
    // Today's SaaS (docs/host.md §6): Sign in first offers a choice of prompts.
    if (config.variant === 'prompt-menu') {
      showPromptMenu();
      return;
    }
    if (config.variant === 'async-popup') {
      setTimeout(function () {
        startSignIn('consent');
      }, 100);
      return;
    }
    startSignIn('consent');
  }

  function showPromptMenu() {
    $('#replica-prompt-menu').remove();
    var $menu = $('<ul id="replica-prompt-menu" class="prompt-menu" role="menu"></ul>');
    [
      ['none', 'No prompt'],
      ['consent', 'Consent'],
      ['select_account', 'Select account'],
    ].forEach(function (choice) {
      var $item = $('<li role="none"><button type="button" role="menuitem"></button></li>');
      $item
        .find('button')
        .text(choice[1])
        .on('click', function () {
          $menu.remove();
          // The choice opens the popup a moment later, not from the click itself.
          setTimeout(function () {
            startSignIn(choice[0]);
          }, 100);
        });
      $menu.append($item);
    });
    $('#SignIn').parent().append($menu);
    // ?menuAt=above|left opens the menu elsewhere (where today's menu opens is UNKNOWN).
    var at = params.get('menuAt');
    if (at === 'above') $menu.css({ top: 'auto', bottom: '100%' });
    if (at === 'left') $menu.css({ left: 'auto', right: '100%', top: '0' });
    $menu.find('button').first().focus();
  }

  function startSignIn(prompt) {
    var login = $('#Login').val();
    var secret = $('#Password').val();
    var $option = $('#authDropDown option:selected');
    var discovery;
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', $option.attr('url') + '/.well-known/openid-configuration', false);
      xhr.send();
      if (xhr.status !== 200) throw new Error('HTTP ' + xhr.status);
      discovery = JSON.parse(xhr.responseText);
    } catch (error) {
      $('#failedConnection').text('Unable to get the OpenID configuration: ' + error.message);
      return;
    }
    var protocolScope = $option.attr($('#Protocol').val());
    var scope = $option.attr('scope') + (protocolScope ? ' ' + protocolScope : '');
    var nonce = randomString();
    var authState = randomString();
    var redirectUri = new window.Tp.WebServiceURL('/Admin/Plugins.aspx').toString();
    var url =
      discovery.authorization_endpoint +
      '?response_type=code&scope=' +
      scope +
      '&nonce=' +
      nonce +
      '&client_id=' +
      login +
      '&redirect_uri=' +
      redirectUri +
      '&state=' +
      authState +
      '&max_age=3600&prompt=' +
      prompt +
      '&access_type=offline';
    state.popups += 1;
    var name = 'authPopup' + state.popups;
    replica.lastSignIn = {
      url: url,
      windowName: name,
      redirectUri: redirectUri,
      polls: 0,
      securityErrors: 0,
    };
    var popup = window.open(url, name, POPUP_FEATURES);
    var timer = setInterval(function () {
      replica.lastSignIn.polls += 1;
      if (!popup || popup.closed) {
        clearInterval(timer);
        return;
      }
      var href;
      try {
        href = popupHref(popup);
      } catch (error) {
        replica.lastSignIn.securityErrors += 1;
        console.log(error);
        return;
      }
      if (!href || href.indexOf(redirectUri) < 0) return;
      clearInterval(timer);
      var query = new URL(href).searchParams;
      popup.close();
      var code = query.get('code');
      if (query.get('error') || !code) return;
      exchange(discovery, $option.attr('url'), login, secret, code, redirectUri, nonce);
    }, 500);
  }

  function exchange(discovery, discoverUri, clientId, secret, code, redirectUri, nonce) {
    $.ajax({
      url: discovery.token_endpoint,
      type: 'POST',
      data: {
        grant_type: 'authorization_code',
        client_id: clientId,
        client_secret: secret,
        code: code,
        redirect_uri: redirectUri,
      },
      dataType: 'json',
    })
      .done(function (tokens) {
        var claims = decodeJwt(tokens.id_token);
        if (
          !claims ||
          claims.iss !== discovery.issuer ||
          claims.aud !== clientId ||
          claims.nonce !== nonce ||
          claims.exp * 1000 < Date.now()
        ) {
          $('#failedConnection').text('The id_token is not valid');
          return;
        }
        if (!tokens.refresh_token) {
          $('#failedConnection').text(NO_REFRESH_TOKEN);
          return;
        }
        // What TPP's _initClient keeps (docs/host.md §5): the stamps from the id_token's iat and
        // exp, and the granted scope; every other field of the answer is thrown away.
        state.oauthState = {
          AccessToken: tokens.access_token,
          RefreshToken: tokens.refresh_token,
          TokenType: tokens.token_type,
          Email: claims.email,
          DiscoverUri: discoverUri,
          TokenEndpoint: discovery.token_endpoint,
          AccessTokenIssueDateUtc: '/Date(' + claims.iat * 1000 + ')/',
          AccessTokenExpirationUtc: '/Date(' + claims.exp * 1000 + ')/',
          Scope: tokens.scope,
        };
        emailSpan().text(claims.email);
        setSignedIn(true);
      })
      .fail(function (xhr) {
        var answer = null;
        try {
          answer = JSON.parse(xhr.responseText);
        } catch {
          /* not JSON */
        }
        var message = answer && (answer.error_description || answer.error);
        if (message) showErrors([{ FieldName: 'Password', Message: message }]);
        else $('#failedConnection').text('Unable to sign in');
      });
  }

  function bind() {
    $('#authDropDown').change(function () {
      clearErrors();
      signOut();
      applyMethod($(this).val());
    });
    $('#Protocol').change(resetPort);
    $('#switch').click(function () {
      setSsl(!ssl());
      resetPort();
    });
    $('#Port').keypress(function (event) {
      if (event.which && (event.which < 48 || event.which > 57)) event.preventDefault();
    });
    $('#Port').on('input', function () {
      var digits = this.value.replace(/\D/g, '');
      if (digits !== this.value) this.value = digits;
    });
    $('#Password').change(function () {
      state.passwordChanged = true;
    });
    $('form input, form select, form textarea').focus(function () {
      $(this).removeClass('error');
    });
    $('#SignIn').click(onSignIn);
    $('#save').click(onSave);
    $('#checkConnection').click(onCheckConnection);
    $('#cancel').click(function (event) {
      event.preventDefault();
      location.href = params.get('BackUrl') || config.appPath + '/Admin/Plugins.aspx';
    });
    $('#linkSample').click(function (event) {
      event.preventDefault();
      $('#ruleDescription').toggle();
    });
    $('#Rulesclone').focus(function () {
      $(this).hide();
      $('#Rules').show().focus();
    });
    $('#Rules').blur(function () {
      if (!this.value) {
        $(this).hide();
        $('#Rulesclone').show();
      }
    });
  }

  function render(profile) {
    var html = template(profile);
    var placeholder = document.getElementById(config.editorPlaceholder);
    if (!placeholder) return;
    var t = document.createElement('template');
    t.innerHTML = policy ? policy.createHTML(html) : html;
    $(placeholder).empty();
    placeholder.appendChild(t.content);

    var s = profile.Settings;
    state.oauthState = s.OAuthState || null;
    state.passwordChanged = false;
    $('#authDropDown').val(s.SecureAccessMethod || '');
    if (s.Protocol) $('#Protocol').val(s.Protocol);
    $('#MailServer').val(s.MailServer || '');
    $('#Port').val(s.Port || '');
    setSsl(s.UseSSL);
    $('#Login').val(s.Login || '');
    $('#Password').val(s.Password || '');
    $('#UsersMigrated').val(s.UsersMigrated || 'true');
    $('#Rules').val(s.Rules || '');
    $('#ruleDescription').hide();
    if (s.Rules) $('#Rulesclone').hide();
    else $('#Rules').hide();
    $('.check-block .preloader').hide();
    applyMethod(s.SecureAccessMethod || '');
    setSignedIn(!!(s.SecureAccessMethod && state.oauthState && state.oauthState.RefreshToken));
    bind();

    replica.renders += 1;
    replica.editorState = 'rendered';
    document.dispatchEvent(
      new CustomEvent('replica:rendered', { detail: { renders: replica.renders } }),
    );
  }

  function tryRender(profile) {
    try {
      render(profile);
      return true;
    } catch (error) {
      replica.editorState = 'failed';
      console.error('[replica] the editor template threw', error);
      return false;
    }
  }

  replica.rerender = function () {
    if (state.profile) tryRender(state.profile);
  };
  replica.editorState = 'pending';

  var delay = Number(params.get('delay')) || 0;
  var rerenders = Number(params.get('rerender')) || 0;
  var profileName = params.get('ProfileName');

  // A slow profile GET (replica=slow-profile, profileDelay=ms): the fake API holds it back.
  var slow = config.profileDelay ? '?replicaDelay=' + config.profileDelay : '';
  $.ajax({ url: (profileName ? profileUrl(profileName) : API) + slow, dataType: 'json' })
    .done(function (data) {
      state.profile = profileName ? data : newProfile();
      setTimeout(function () {
        if (!tryRender(state.profile)) return;
        var left = rerenders;
        (function again() {
          if (left-- <= 0) return;
          setTimeout(function () {
            replica.rerender();
            again();
          }, 100);
        })();
      }, delay);
    })
    .fail(function () {
      replica.editorState = 'failed';
    });
})(window.jQuery);
