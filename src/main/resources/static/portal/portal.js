/*
 * The requester portal: submit a request, then follow it with the ticket's access token. While
 * the requester describes the problem, matching published knowledge articles are offered; one
 * that solves it is counted as such, and no request is sent.
 *
 * Everything a person typed (ours or the support team's) is put on the page with textContent,
 * never as markup. The access token arrives in the address fragment (#token=…), which browsers do
 * not send to the server; it is kept for this tab in sessionStorage (and in localStorage only when
 * the requester asks to be remembered) and removed from the address bar at once.
 */
(function () {
  'use strict';

  var LANGUAGES = ['en', 'zh-CN'];
  var LANGUAGE_KEY = 'ticketflow.portal.language';
  var TOKEN_KEY = 'ticketflow.portal.token.';
  var API = '/api/portal/tickets';
  var SIGN_IN_API = '/api/portal/sign-in';
  var SESSION_API = '/api/portal/session';
  var MINE_API = '/api/portal/my-tickets';
  /* Set while this tab holds a requester session (the cookie itself is HttpOnly). */
  var SIGNED_IN_KEY = 'ticketflow.portal.signedIn';
  var KB_API = '/api/portal/knowledge';
  /* Suggestions wait for a pause in typing, need a few characters, and show at most three. */
  var KB_DELAY_MS = 500;
  var KB_MIN_CHARS = 4;
  var KB_MAX_QUERY = 1000;
  var KB_LIMIT = 3;
  var KB_SECTIONS = ['symptoms', 'cause', 'solution', 'prevention'];
  var NUMBER_PATTERN = /^TS\d{8}-\d{4,}$/;

  /* The enumerations of the public contract; each subcategory belongs to one category. */
  var CATEGORIES = {
    SYSTEM_FAULT: ['SOFTWARE_BUG', 'DATA_ANOMALY', 'INTEGRATION_FAILURE', 'CRASH', 'LOGIN_FAILURE',
      'SYNC_FAILURE'],
    OPERATION_GUIDANCE: ['HOW_TO', 'TRAINING_REQUEST', 'PERMISSION_CONFIGURATION'],
    ENVIRONMENT_CONFIGURATION: ['CLIENT_INSTALLATION', 'NETWORK_SETTINGS', 'DRIVER_UPDATE',
      'COMPATIBILITY'],
    REQUIREMENT_REQUEST: ['IMPROVEMENT_SUGGESTION', 'NEW_FEATURE', 'CROSS_DEPARTMENT']
  };
  var URGENCIES = ['URGENT', 'IMPORTANT', 'NORMAL'];
  var IMPACTS = ['INDIVIDUAL', 'DEPARTMENT', 'ENTERPRISE'];
  var RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'];
  var CLOSED_STATUSES = ['CLOSED', 'ARCHIVED', 'CANCELLED', 'MERGED'];
  /* How the API names the two sides of the conversation. */
  var REQUESTER_LABEL = 'You';

  var texts = {};
  var language = 'en';
  var current = null; // { number, token, view }
  var mine = null; // the signed-in requester's list
  var submitKey = null;
  var kb = { timer: null, asked: '', answer: 0, items: [], article: null };

  function $(id) {
    return document.getElementById(id);
  }

  // --- texts -----------------------------------------------------------------------------------

  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    if (params) {
      Object.keys(params).forEach(function (name) {
        text = text.split('{' + name + '}').join(String(params[name]));
      });
    }
    return text;
  }

  function preferredLanguage() {
    var stored = safeGet(localStorage, LANGUAGE_KEY);
    if (LANGUAGES.indexOf(stored) >= 0) {
      return stored;
    }
    var wanted = navigator.languages && navigator.languages.length
      ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      if (tag.indexOf('zh') === 0) {
        return 'zh-CN';
      }
      if (tag.indexOf('en') === 0) {
        return 'en';
      }
    }
    return 'en';
  }

  function loadTexts(lang) {
    return fetch('/portal/i18n/' + lang + '.json', { credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('texts ' + response.status);
        }
        return response.json();
      })
      .then(function (loaded) {
        texts = loaded;
        language = lang;
        document.documentElement.lang = lang;
      });
  }

  function applyTexts() {
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    $('ui-language').value = language;
    document.title = t('app.title') + (current ? ' · ' + current.number : '');
    buildChoices();
    loadRequestTemplates();
    renderSuggestions();
    if (current && current.view) {
      render(current.view);
    }
    renderMyTickets();
  }

  // --- choices built from the enumerations ---------------------------------------------------

  function option(value, label) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    return element;
  }

  function radios(container, name, values, prefix) {
    var checked = container.querySelector('input:checked');
    var keep = checked ? checked.value : null;
    container.replaceChildren();
    values.forEach(function (value) {
      var wrapper = document.createElement('div');
      wrapper.className = 'choice';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = value;
      input.id = name + '-' + value;
      input.checked = value === keep;
      var label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = t(prefix + value);
      wrapper.append(input, label);
      container.append(wrapper);
    });
  }

  function buildChoices() {
    var category = $('category');
    var chosen = category.value;
    category.replaceChildren(option('', ''));
    Object.keys(CATEGORIES).forEach(function (value) {
      category.append(option(value, t('category.' + value)));
    });
    category.value = chosen;
    buildSubcategories();
    radios($('urgency-options'), 'urgency', URGENCIES, 'urgency.');
    var impact = $('impact');
    var affected = impact.value || IMPACTS[0];
    impact.replaceChildren();
    IMPACTS.forEach(function (value) {
      impact.append(option(value, t('impact.' + value)));
    });
    impact.value = affected;
    radios($('rating-options'), 'rating', RATINGS, 'rating.');
  }

  function buildSubcategories() {
    var subcategory = $('subcategory');
    var chosen = subcategory.value;
    var values = CATEGORIES[$('category').value] || [];
    subcategory.replaceChildren(option('', ''));
    values.forEach(function (value) {
      subcategory.append(option(value, t('subcategory.' + value)));
    });
    subcategory.value = values.indexOf(chosen) >= 0 ? chosen : '';
    subcategory.disabled = values.length === 0;
  }

  // --- common requests: templates that fill the new-ticket form --------------------------------

  var requestTemplates = [];

  /** Fetches the request templates for the page's language; the list stays hidden without any. */
  function loadRequestTemplates() {
    var lang = language;
    call('GET', '/api/portal/ticket-templates?language=' + encodeURIComponent(lang))
      .then(function (reply) {
        return reply.status === 200 && Array.isArray(reply.json) ? reply.json : [];
      }, function () {
        return [];
      })
      .then(function (templates) {
        if (lang === language) {
          requestTemplates = templates;
          buildRequestTemplates();
        }
      });
  }

  function buildRequestTemplates() {
    var select = $('request-template');
    var chosen = select.value;
    select.replaceChildren(option('', t('submit.templateNone')));
    requestTemplates.forEach(function (template) {
      select.append(option(String(template.id), template.name));
    });
    select.value = chosenTemplate(chosen) ? chosen : '';
    $('request-template-field').hidden = requestTemplates.length === 0;
  }

  function chosenTemplate(id) {
    return requestTemplates.filter(function (template) {
      return String(template.id) === id;
    })[0];
  }

  /** Fills the form from the chosen template; the requester may change every field afterwards. */
  function useRequestTemplate() {
    var template = chosenTemplate($('request-template').value);
    if (!template) {
      return;
    }
    $('title').value = template.title || '';
    $('description').value = template.description || '';
    $('category').value = CATEGORIES[template.category] ? template.category : '';
    buildSubcategories();
    $('subcategory').value = template.subcategory || '';
    var urgency = $('urgency-' + template.urgency);
    if (urgency) {
      urgency.checked = true;
    }
    $('impact').value = IMPACTS.indexOf(template.impact) >= 0 ? template.impact : IMPACTS[0];
    clearErrors($('submit-form'));
    notice(t('submit.templateUsed', { name: template.name }));
  }

  // --- the API ---------------------------------------------------------------------------------

  function call(method, path, body, token, extraHeaders) {
    var headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers['X-Access-Token'] = token;
    }
    Object.keys(extraHeaders || {}).forEach(function (name) {
      headers[name] = extraHeaders[name];
    });
    return fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (notJson) {
          json = null;
        }
        return { status: response.status, json: json, headers: response.headers };
      });
    });
  }

  /** Uploads one file to the ticket (multipart field "file"); answers like call(). */
  function upload(number, token, file) {
    var body = new FormData();
    body.append('file', file, file.name);
    var headers = { Accept: 'application/json, application/problem+json' };
    if (token) {
      headers['X-Access-Token'] = token;
    }
    return fetch(API + '/' + encodeURIComponent(number) + '/attachments', {
      method: 'POST',
      headers: headers,
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (notJson) {
          json = null;
        }
        return { status: response.status, json: json, headers: response.headers };
      });
    });
  }

  function attachmentsOf(number, token) {
    return call('GET', API + '/' + encodeURIComponent(number) + '/attachments', undefined, token)
      .then(function (reply) {
        return reply.status === 200 && Array.isArray(reply.json) ? reply.json : [];
      }, function () {
        return [];
      });
  }

  /** Downloads with the token in its header, then hands the bytes to the browser as a file. */
  function download(attachment) {
    var path = API + '/' + encodeURIComponent(current.number) + '/attachments/' +
      encodeURIComponent(attachment.id);
    fetch(path, {
      headers: current.token ? { 'X-Access-Token': current.token } : {},
      credentials: 'same-origin'
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.blob();
      })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = attachment.filename;
        link.hidden = true;
        document.body.append(link);
        link.click();
        setTimeout(function () {
          URL.revokeObjectURL(link.href);
          link.remove();
        }, 1000);
      })
      .catch(function () {
        notice(t('msg.failed'), 'warning');
      });
  }

  function size(bytes) {
    if (bytes >= 1048576) {
      return (bytes / 1048576).toFixed(1) + ' MB';
    }
    if (bytes >= 1024) {
      return Math.ceil(bytes / 1024) + ' KB';
    }
    return bytes + ' B';
  }

  function problemText(reply) {
    var problem = reply.json || {};
    if (Array.isArray(problem.errors) && problem.errors.length) {
      return problem.errors.map(function (error) {
        return String(error.message);
      }).join('; ');
    }
    return problem.detail ? String(problem.detail) : t('msg.failed');
  }

  // --- messages and field errors ---------------------------------------------------------------

  function notice(text, kind) {
    var box = $('notice');
    box.textContent = text;
    box.className = 'notice' + (kind ? ' ' + kind : '');
    box.hidden = !text;
  }

  function fieldElement(form, field) {
    var aliases = { 'requester.contact': 'requester.email', requester: 'requester.name' };
    var name = aliases[field] || field;
    var all = form.querySelectorAll('[data-field]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-field') === name) {
        return all[i];
      }
    }
    return null;
  }

  function errorElement(element) {
    return $(element.id.replace(/-options$/, '') + '-error');
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (element) {
      element.textContent = '';
      element.hidden = true;
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (element) {
      element.removeAttribute('aria-invalid');
    });
    var summary = $(form.id + '-error');
    if (summary) {
      summary.textContent = '';
      summary.hidden = true;
    }
  }

  function showFieldError(form, field, message) {
    var element = fieldElement(form, field);
    var target = element && errorElement(element);
    if (!target) {
      return false;
    }
    target.textContent = target.textContent ? target.textContent + ' ' + message : message;
    target.hidden = false;
    var inputs = element.matches('input, select, textarea')
      ? [element] : element.querySelectorAll('input');
    inputs.forEach(function (input) {
      input.setAttribute('aria-invalid', 'true');
    });
    return true;
  }

  function showSummary(form, text) {
    var summary = $(form.id + '-error');
    summary.textContent = text;
    summary.hidden = !text;
  }

  /** Shows a problem+json answer: each field's message beside it, the rest above the form. */
  function showProblem(form, reply) {
    clearErrors(form);
    var problem = reply.json || {};
    var errors = Array.isArray(problem.errors) ? problem.errors : [];
    var unplaced = [];
    errors.forEach(function (error) {
      if (!showFieldError(form, String(error.field), String(error.message))) {
        unplaced.push(String(error.field) + ': ' + String(error.message));
      }
    });
    var summary;
    if (reply.status === 429) {
      var seconds = Number(reply.headers.get('Retry-After')) || 60;
      summary = t('msg.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    } else if (reply.status === 413) {
      summary = t('msg.tooLarge');
    } else if (errors.length) {
      summary = t('msg.fixFields') + (unplaced.length ? ' ' + unplaced.join('; ') : '');
    } else if (reply.status === 0) {
      summary = t('msg.offline');
    } else {
      summary = problem.detail ? String(problem.detail) : t('msg.failed');
    }
    showSummary(form, summary);
    var first = form.querySelector('[aria-invalid="true"]');
    (first || $(form.id + '-error')).focus();
  }

  function offline(form) {
    return function () {
      showProblem(form, { status: 0, json: null, headers: new Headers() });
    };
  }

  function busy(form, on) {
    form.querySelectorAll('button').forEach(function (button) {
      button.disabled = on;
    });
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  // --- knowledge articles while the requester types --------------------------------------------

  function suggestionQuery() {
    var text = ($('title').value + '\n' + $('description').value).trim();
    return text.length > KB_MAX_QUERY ? text.slice(0, KB_MAX_QUERY) : text;
  }

  function scheduleSuggestions() {
    clearTimeout(kb.timer);
    kb.timer = setTimeout(loadSuggestions, KB_DELAY_MS);
  }

  function loadSuggestions() {
    var text = suggestionQuery();
    if (text.length < KB_MIN_CHARS) {
      kb.asked = '';
      kb.answer++;
      showSuggestions([]);
      return;
    }
    var params = new URLSearchParams({ q: text, limit: String(KB_LIMIT) });
    if ($('category').value) {
      params.set('category', $('category').value);
    }
    if ($('subcategory').value) {
      params.set('subcategory', $('subcategory').value);
    }
    var asked = params.toString();
    if (asked === kb.asked) {
      return;
    }
    kb.asked = asked;
    var answer = ++kb.answer;
    call('GET', KB_API + '?' + asked).then(function (reply) {
      if (answer !== kb.answer || kb.article) {
        return; /* a newer question is on its way, or the requester is reading an article */
      }
      showSuggestions(reply.status === 200 && Array.isArray(reply.json) ? reply.json : []);
    }, function () {
      /* suggestions are a help, not a must: the form works without them */
    });
  }

  function showSuggestions(items) {
    kb.items = items.slice(0, KB_LIMIT);
    kb.article = null;
    renderSuggestions();
  }

  function renderSuggestions() {
    var box = $('kb-suggestions');
    if (!kb.items.length && !kb.article) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    $('kb-choices').hidden = Boolean(kb.article);
    $('kb-article').hidden = !kb.article;
    var list = $('kb-list');
    list.replaceChildren();
    kb.items.forEach(function (item) {
      var entry = document.createElement('li');
      var open = document.createElement('button');
      open.type = 'button';
      open.id = 'kb-open-' + item.number;
      open.className = 'link';
      open.textContent = item.title;
      open.addEventListener('click', function () {
        openArticle(item.number);
      });
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = t('category.' + item.category);
      entry.append(open, meta);
      list.append(entry);
    });
    if (kb.article) {
      renderArticle(kb.article);
    }
  }

  function renderArticle(article) {
    $('kb-article-title').textContent = article.title;
    var body = $('kb-article-body');
    body.replaceChildren();
    KB_SECTIONS.forEach(function (section) {
      if (!article[section]) {
        return;
      }
      var heading = document.createElement('h4');
      heading.textContent = t('kb.' + section);
      var text = document.createElement('p');
      text.className = 'text';
      text.textContent = article[section];
      body.append(heading, text);
    });
  }

  function openArticle(number) {
    call('GET', KB_API + '/' + encodeURIComponent(number)).then(function (reply) {
      if (reply.status !== 200 || !reply.json) {
        notice(reply.status === 429 ? problemText(reply) : t('msg.failed'), 'warning');
        return;
      }
      kb.article = reply.json;
      renderSuggestions();
      $('kb-article-title').focus();
    }, function () {
      notice(t('msg.offline'), 'warning');
    });
  }

  function closeArticle() {
    kb.article = null;
    renderSuggestions();
    var first = $('kb-list').querySelector('button');
    if (first) {
      first.focus();
    }
  }

  /** The article solved it: counted as help that needed no ticket, and no request is sent. */
  function solvedByArticle() {
    var article = kb.article;
    if (!article) {
      return;
    }
    var button = $('kb-solved');
    button.disabled = true;
    call('POST', KB_API + '/' + encodeURIComponent(article.number) + '/helped',
      { avoidedTicket: true })
      .then(function (reply) {
        if (reply.status !== 204) {
          notice(reply.status === 429 ? problemText(reply) : t('msg.failed'), 'warning');
          return;
        }
        var form = $('submit-form');
        form.reset();
        buildChoices();
        $('requester-language').value = language;
        submitKey = null;
        kb.asked = '';
        showSuggestions([]);
        form.hidden = true;
        $('kb-thanks').hidden = false;
        $('kb-thanks-heading').focus();
      }, function () {
        notice(t('msg.offline'), 'warning');
      })
      .finally(function () {
        button.disabled = false;
      });
  }

  function writeRequestAnyway() {
    $('kb-thanks').hidden = true;
    $('submit-form').hidden = false;
    $('title').focus();
  }

  // --- tokens ----------------------------------------------------------------------------------

  function safeGet(storage, key) {
    try {
      return storage.getItem(key);
    } catch (unavailable) {
      return null;
    }
  }

  function safeSet(storage, key, value) {
    try {
      storage.setItem(key, value);
    } catch (unavailable) {
      /* private mode: the token lives as long as the page */
    }
  }

  function rememberToken(number, token, onDevice) {
    safeSet(sessionStorage, TOKEN_KEY + number, token);
    if (onDevice) {
      safeSet(localStorage, TOKEN_KEY + number, token);
    }
  }

  function forgetToken(number) {
    try {
      sessionStorage.removeItem(TOKEN_KEY + number);
      localStorage.removeItem(TOKEN_KEY + number);
    } catch (unavailable) {
      /* nothing stored */
    }
  }

  function knownToken(number) {
    return safeGet(sessionStorage, TOKEN_KEY + number) || safeGet(localStorage, TOKEN_KEY + number);
  }

  /** The token from #token=…, if the address carries one; it is taken out of the address. */
  function tokenFromAddress() {
    var fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    var token = fragment.get('token');
    if (location.hash) {
      history.replaceState(null, '', location.pathname + location.search);
    }
    return token;
  }

  function ticketAddress(number) {
    return '/portal/?ticket=' + encodeURIComponent(number);
  }

  // --- pages -----------------------------------------------------------------------------------

  function show(section) {
    ['loading', 'home', 'created-section', 'ticket-section', 'mytickets-section']
      .forEach(function (id) {
        $(id).hidden = id !== section;
      });
    var signedIn = !!safeGet(sessionStorage, SIGNED_IN_KEY);
    $('header-my-tickets').hidden = !signedIn || section === 'mytickets-section';
    $('crumb-mine').hidden = !signedIn;
  }

  function showHome(number, message) {
    current = null;
    show('home');
    if (number) {
      $('lookup-number').value = number;
    }
    if (message) {
      notice(message, 'warning');
      $('lookup-token').focus();
    }
  }

  function submitRequest(event) {
    event.preventDefault();
    var form = event.target;
    clearErrors(form);
    var urgency = form.querySelector('input[name="urgency"]:checked');
    var body = {
      title: $('title').value.trim(),
      description: $('description').value.trim(),
      category: $('category').value || null,
      subcategory: $('subcategory').value || null,
      urgency: urgency ? urgency.value : null,
      impact: $('impact').value || null,
      requester: {
        name: $('requester-name').value.trim(),
        email: $('requester-email').value.trim() || null,
        phone: $('requester-phone').value.trim() || null,
        language: $('requester-language').value
      }
    };
    submitKey = submitKey || newKey();
    busy(form, true);
    call('POST', API, body, null, { 'Idempotency-Key': submitKey })
      .then(function (reply) {
        if (reply.status === 201 || reply.status === 200) {
          submitKey = null;
          var file = $('submit-file').files[0];
          var token = reply.json.accessToken;
          var attached = file && token
            ? upload(reply.json.number, token, file).then(function (answer) {
              return answer.status === 201 ? null : problemText(answer);
            }, function () {
              return t('msg.offline');
            })
            : Promise.resolve(null);
          return attached.then(function (failure) {
            created(reply.json);
            form.reset();
            kb.asked = '';
            showSuggestions([]);
            buildChoices();
            $('requester-language').value = language;
            if (failure) {
              notice(t('attachments.failed', { reason: failure }), 'warning');
            }
          });
        } else {
          showProblem(form, reply);
        }
      }, offline(form))
      .finally(function () {
        busy(form, false);
      });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) {
      return b.toString(16).padStart(2, '0');
    }).join('');
  }

  function created(view) {
    var number = view.number;
    var token = view.accessToken;
    $('created-number').textContent = number;
    $('created-token').textContent = token || t('msg.none');
    if (token) {
      rememberToken(number, token, false);
      $('created-link').value = location.origin + ticketAddress(number) + '#token=' +
        encodeURIComponent(token);
    } else {
      $('created-link').value = location.origin + ticketAddress(number);
    }
    $('created-open').href = ticketAddress(number);
    $('created-due').textContent = view.firstResponseDueAt
      ? when(view.firstResponseDueAt) : t('created.firstAnswerLater');
    if (!view.firstResponseDueAt && token) {
      call('GET', API + '/' + encodeURIComponent(number), undefined, token).then(function (reply) {
        if (reply.status === 200 && reply.json.firstResponseDueAt) {
          $('created-due').textContent = when(reply.json.firstResponseDueAt);
        }
      }, function () { /* the ticket page shows it */ });
    }
    notice('');
    show('created-section');
    $('created-heading').setAttribute('tabindex', '-1');
    $('created-heading').focus();
  }

  function copyLink() {
    var link = $('created-link');
    link.select();
    var done = function () {
      notice(t('created.copied'));
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link.value).then(done, function () { /* selected instead */ });
    }
  }

  function lookUp(event) {
    event.preventDefault();
    var form = event.target;
    clearErrors(form);
    var number = $('lookup-number').value.trim().toUpperCase();
    var token = $('lookup-token').value.trim();
    var missing = false;
    if (!NUMBER_PATTERN.test(number)) {
      showFieldError(form, 'number', t('msg.required'));
      missing = true;
    }
    if (!token) {
      showFieldError(form, 'token', t('msg.required'));
      missing = true;
    }
    if (missing) {
      showSummary(form, t('msg.fixFields'));
      form.querySelector('[aria-invalid="true"]').focus();
      return;
    }
    rememberToken(number, token, $('lookup-remember').checked);
    $('lookup-token').value = '';
    history.pushState(null, '', ticketAddress(number));
    openTicket(number, token);
  }

  function openTicket(number, token) {
    notice('');
    call('GET', API + '/' + encodeURIComponent(number), undefined, token)
      .then(function (reply) {
        if (reply.status === 200) {
          return attachmentsOf(number, token).then(function (files) {
            current = { number: number, token: token, view: reply.json, attachments: files };
            render(reply.json);
            show('ticket-section');
            document.title = t('app.title') + ' · ' + number;
          });
        } else if (reply.status === 404) {
          forgetToken(number);
          showHome(number, t('msg.notFound'));
        } else {
          showHome(number, (reply.json && reply.json.detail) || t('msg.failed'));
        }
      }, function () {
        showHome(number, t('msg.offline'));
      });
  }

  function reload() {
    if (current) {
      openTicket(current.number, current.token);
    }
  }

  function when(value) {
    if (!value) {
      return t('msg.none');
    }
    var date = new Date(value);
    if (isNaN(date.getTime())) {
      return String(value);
    }
    return new Intl.DateTimeFormat(language, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
      timeZoneName: 'short'
    }).format(date);
  }

  function setOptional(id, value) {
    var dd = $(id);
    var dt = dd.previousElementSibling;
    dd.textContent = when(value);
    dd.hidden = !value;
    dt.hidden = !value;
  }

  function render(view) {
    current.view = view;
    var open = CLOSED_STATUSES.indexOf(view.status) < 0;
    $('ticket-number').textContent = view.number;
    $('ticket-title').textContent = view.title;
    var status = $('ticket-status');
    status.textContent = t('status.' + view.status);
    status.setAttribute('data-status', view.status);
    $('ticket-priority').textContent = view.priority || t('msg.none');
    $('ticket-category').textContent = t('category.' + view.category) + ' / ' +
      t('subcategory.' + view.subcategory);
    $('ticket-urgency').textContent = t('urgency.' + view.urgency);
    $('ticket-created').textContent = when(view.createdAt);
    $('ticket-response-due').textContent = when(view.firstResponseDueAt);
    $('ticket-resolution-due').textContent = when(view.resolutionDueAt);
    setOptional('ticket-expected', view.expectedResolutionAt);
    setOptional('ticket-resolved', view.resolvedAt);
    setOptional('ticket-closed', view.closedAt);

    $('ticket-workaround').textContent = view.workaround || '';
    $('ticket-workaround-box').hidden = !view.workaround;
    $('ticket-resolution').textContent = view.resolution || '';
    $('ticket-resolution-box').hidden = !view.resolution;

    renderConversation(view);

    $('confirm-form').hidden = !view.awaitingYourConfirmation;
    // an archived ticket is read only: it can no longer be rated either
    var archived = view.status === 'ARCHIVED';
    $('ticket-archived').hidden = !archived;
    // a duplicate merged into another ticket points to it: the problem is followed up there
    var mergedInto = view.mergedInto || '';
    $('ticket-merged').hidden = !mergedInto;
    if (mergedInto) {
      $('ticket-merged-text').textContent = t('ticket.merged', { number: mergedInto });
      $('ticket-merged-link').href = ticketAddress(mergedInto);
      $('ticket-merged-link').textContent = t('ticket.mergedOpen', { number: mergedInto });
    }
    $('feedback-form').hidden = !view.canRate;
    $('ticket-rating').textContent = view.rating ? t('rating.' + view.rating) : '';
    $('ticket-score').textContent = view.score ? view.score + ' / 5' : '';
    $('ticket-score-line').hidden = !view.score;
    $('ticket-feedback-comment').textContent = view.feedbackComment || '';
    $('ticket-feedback-comment-line').hidden = !view.feedbackComment;
    $('ticket-rating-box').hidden = !view.rating;
    $('reply-form').hidden = !open;
    $('reply-awaiting').hidden = !view.awaitingYourReply;
    $('complaint-box').hidden = !open;
  }

  function renderConversation(view) {
    var list = $('conversation');
    list.replaceChildren();
    var conversation = view.conversation || [];
    var solution = view.resolution && view.resolvedAt && !conversation.some(function (message) {
      return message.from !== REQUESTER_LABEL && message.body === view.resolution;
    }) ? [{ from: 'staff', body: view.resolution, at: view.resolvedAt, solution: true }] : [];
    var messages = [{ from: REQUESTER_LABEL, body: view.description, at: view.createdAt }]
      .concat(conversation)
      .concat(solution)
      .concat((current.attachments || []).map(function (attachment) {
        return {
          from: attachment.authorType === 'REQUESTER' ? REQUESTER_LABEL : 'staff',
          at: attachment.createdAt,
          attachment: attachment
        };
      }));
    messages.sort(function (a, b) {
      return new Date(a.at).getTime() - new Date(b.at).getTime();
    });
    messages.forEach(function (message) {
      var mine = message.from === REQUESTER_LABEL;
      var item = document.createElement('li');
      item.className = mine ? 'message mine' : 'message theirs';
      var head = document.createElement('p');
      head.className = 'meta';
      var who = document.createElement('strong');
      who.textContent = mine ? t('conversation.you') : t('conversation.staff');
      var time = document.createElement('time');
      time.dateTime = message.at || '';
      time.textContent = when(message.at);
      head.append(who, ' · ', time);
      if (message.solution) {
        head.append(' · ', t('conversation.solution'));
      }
      item.append(head);
      if (message.attachment) {
        item.append(attachmentItem(message.attachment));
      } else {
        var body = document.createElement('p');
        body.className = 'text';
        body.textContent = message.body;
        item.append(body);
      }
      list.append(item);
    });
  }

  function attachmentItem(attachment) {
    var line = document.createElement('p');
    line.className = 'text';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'link attachment';
    button.textContent = attachment.filename + ' (' + size(attachment.size) + ')';
    button.setAttribute('aria-label',
      t('attachments.download', { name: attachment.filename, size: size(attachment.size) }));
    button.addEventListener('click', function () {
      download(attachment);
    });
    line.append(t('attachments.sent') + ' ', button);
    return line;
  }

  /** Posts one of the ticket's forms; on success shows the new state and says so. */
  function act(form, path, body, thanks) {
    clearErrors(form);
    busy(form, true);
    return call('POST', API + '/' + encodeURIComponent(current.number) + path, body, current.token)
      .then(function (reply) {
        if (reply.status === 200 || reply.status === 201) {
          form.reset();
          if (reply.json && reply.json.number && reply.json.status) {
            render(reply.json);
          } else {
            reload();
          }
          notice(typeof thanks === 'function' ? thanks(reply.json) : thanks, 'success');
        } else if (reply.status === 409) {
          reload();
          showProblem(form, reply);
          showSummary(form, t('msg.conflict'));
        } else if (reply.status === 404) {
          forgetToken(current.number);
          showHome(current.number, t('msg.notFound'));
        } else {
          showProblem(form, reply);
        }
      }, offline(form))
      .finally(function () {
        busy(form, false);
      });
  }

  function confirmResolution(event) {
    event.preventDefault();
    var solved = !event.submitter || event.submitter.value !== 'no';
    var comment = $('confirm-comment').value.trim();
    act(event.target, '/confirmation', { resolved: solved, comment: comment || null },
      solved ? t('confirm.thanks') : t('confirm.reopened'));
  }

  function sendFeedback(event) {
    event.preventDefault();
    var rating = event.target.querySelector('input[name="rating"]:checked');
    var score = $('feedback-score').value;
    act(event.target, '/feedback', {
      rating: rating ? rating.value : null,
      score: score ? Number(score) : null,
      comment: $('feedback-comment').value.trim() || null
    }, t('feedback.thanks'));
  }

  function sendReply(event) {
    event.preventDefault();
    var form = event.target;
    var text = $('reply-body').value.trim();
    var file = $('reply-file').files[0];
    if (!text && !file) {
      clearErrors(form);
      showFieldError(form, 'body', t('reply.nothing'));
      showSummary(form, t('msg.fixFields'));
      $('reply-body').focus();
      return;
    }
    var sent = text ? act(form, '/replies', { body: text }, t('reply.sent')) : Promise.resolve();
    if (!file) {
      return;
    }
    var number = current.number;
    var token = current.token;
    sent.then(function () {
      if (!form.querySelector('[aria-invalid="true"]') && $(form.id + '-error').hidden) {
        busy(form, true);
        return upload(number, token, file).then(function (answer) {
          if (answer.status === 201) {
            form.reset();
            notice(t('reply.sent'), 'success');
            reload();
          } else {
            showProblem(form, answer);
          }
        }, offline(form)).finally(function () {
          busy(form, false);
        });
      }
    });
  }

  function complain(event) {
    event.preventDefault();
    act(event.target, '/complaints', { reason: $('complaint-reason').value.trim() },
      t('complaint.sent'));
  }

  function forget() {
    if (current) {
      forgetToken(current.number);
      var number = current.number;
      history.pushState(null, '', '/portal/');
      showHome(number);
      notice(t('ticket.forgotten'));
    }
  }

  /** Ends every token of the ticket, the one of this page too, and goes back home. */
  function revokeEverywhere() {
    if (!current) {
      return;
    }
    var number = current.number;
    var button = $('revoke');
    button.disabled = true;
    call('POST', API + '/' + encodeURIComponent(number) + '/revoke', undefined, current.token)
      .then(function (reply) {
        if (reply.status === 200 || reply.status === 404) {
          forgetToken(number);
          history.pushState(null, '', '/portal/');
          showHome(number, reply.status === 200 ? t('revoke.done') : t('msg.notFound'));
        } else {
          notice((reply.json && reply.json.detail) || t('msg.failed'), 'warning');
        }
      }, function () {
        notice(t('msg.offline'), 'warning');
      })
      .finally(function () {
        button.disabled = false;
      });
  }

  function changeLanguage() {
    var lang = $('ui-language').value;
    safeSet(localStorage, LANGUAGE_KEY, lang);
    loadTexts(lang).then(applyTexts);
  }

  function route() {
    var query = new URLSearchParams(location.search);
    var number = query.get('ticket');
    var signInSecret = new URLSearchParams(location.hash.replace(/^#/, '')).get('sign-in');
    var fromAddress = tokenFromAddress();
    if (signInSecret) {
      startSession(signInSecret);
      return;
    }
    if (query.has('my-tickets')) {
      showMyTickets();
      return;
    }
    if (!number) {
      showHome();
      return;
    }
    number = number.trim().toUpperCase();
    if (fromAddress) {
      rememberToken(number, fromAddress, false);
    }
    var token = fromAddress || knownToken(number);
    if (!token && !safeGet(sessionStorage, SIGNED_IN_KEY)) {
      showHome(number, t('lookup.needToken', { number: number }));
      return;
    }
    // without a token of its own, a signed-in requester's session cookie opens the ticket
    openTicket(number, token);
  }

  // --- signed in: all my tickets ---------------------------------------------------------------

  function askForLink(event) {
    event.preventDefault();
    var form = event.target;
    clearErrors(form);
    var email = $('signin-email').value.trim();
    if (!email) {
      showFieldError(form, 'email', t('msg.required'));
      showSummary(form, t('msg.fixFields'));
      $('signin-email').focus();
      return;
    }
    busy(form, true);
    call('POST', SIGN_IN_API, { email: email, language: language })
      .then(function (reply) {
        if (reply.status === 202) {
          $('signin-sent').hidden = false;
          form.reset();
        } else {
          showProblem(form, reply);
        }
      }, offline(form))
      .finally(function () {
        busy(form, false);
      });
  }

  function startSession(secret) {
    call('POST', SESSION_API, { token: secret }).then(function (reply) {
      if (reply.status === 200) {
        safeSet(sessionStorage, SIGNED_IN_KEY, '1');
        history.replaceState(null, '', '/portal/?my-tickets');
        showMyTickets();
      } else {
        history.replaceState(null, '', '/portal/');
        showHome(null, t('signin.failed'));
        $('signin-email').focus();
      }
    }, function () {
      showHome(null, t('msg.offline'));
    });
  }

  function showMyTickets() {
    call('GET', MINE_API).then(function (reply) {
      if (reply.status !== 200) {
        try {
          sessionStorage.removeItem(SIGNED_IN_KEY);
        } catch (unavailable) {
          /* nothing stored */
        }
        history.replaceState(null, '', '/portal/');
        showHome(null, t('signin.needed'));
        $('signin-email').focus();
        return;
      }
      safeSet(sessionStorage, SIGNED_IN_KEY, '1');
      current = null;
      mine = reply.json;
      renderMyTickets();
      show('mytickets-section');
      document.title = t('app.title') + ' · ' + t('mine.heading');
    }, function () {
      showHome(null, t('msg.offline'));
    });
  }

  function renderMyTickets() {
    if (!mine) {
      return;
    }
    $('mytickets-email').textContent = mine.email;
    $('mytickets-until').dateTime = mine.signedInUntil;
    $('mytickets-until').textContent = when(mine.signedInUntil);
    var list = $('mytickets-list');
    list.replaceChildren();
    (mine.tickets || []).forEach(function (ticket) {
      var row = document.createElement('tr');
      var numberCell = document.createElement('td');
      var link = document.createElement('a');
      link.href = ticketAddress(ticket.number);
      link.textContent = ticket.number;
      link.className = 'ticket-link';
      numberCell.append(link);
      var status = document.createElement('span');
      status.className = 'badge';
      status.setAttribute('data-status', ticket.status);
      status.textContent = t('status.' + ticket.status);
      var statusCell = document.createElement('td');
      statusCell.append(status);
      var due = ticket.nextDue
        ? t('mine.due.' + ticket.nextDue, { time: when(ticket.nextDueAt) }) : t('msg.none');
      [numberCell, cell(ticket.title), statusCell, cell(t('channel.' + ticket.channel)),
        cell(when(ticket.createdAt)), cell(due)].forEach(function (element) {
        row.append(element);
      });
      list.append(row);
    });
    $('mytickets-empty').hidden = (mine.tickets || []).length > 0;
    $('mytickets-table').hidden = (mine.tickets || []).length === 0;
  }

  function cell(text) {
    var element = document.createElement('td');
    element.textContent = text;
    return element;
  }

  function signOut() {
    call('DELETE', SESSION_API).finally(function () {
      try {
        sessionStorage.removeItem(SIGNED_IN_KEY);
      } catch (unavailable) {
        /* nothing stored */
      }
      mine = null;
      history.pushState(null, '', '/portal/');
      showHome();
      notice(t('mine.signedOut'), 'success');
    });
  }

  function start() {
    $('submit-form').addEventListener('submit', submitRequest);
    $('signin-form').addEventListener('submit', askForLink);
    $('signout').addEventListener('click', signOut);
    $('category').addEventListener('change', buildSubcategories);
    $('request-template').addEventListener('change', useRequestTemplate);
    ['title', 'description', 'category', 'subcategory'].forEach(function (id) {
      $(id).addEventListener(id === 'category' || id === 'subcategory' ? 'change' : 'input',
        scheduleSuggestions);
    });
    $('kb-back').addEventListener('click', closeArticle);
    $('kb-solved').addEventListener('click', solvedByArticle);
    $('kb-again').addEventListener('click', writeRequestAnyway);
    $('lookup-form').addEventListener('submit', lookUp);
    $('copy-link').addEventListener('click', copyLink);
    $('confirm-form').addEventListener('submit', confirmResolution);
    $('feedback-form').addEventListener('submit', sendFeedback);
    $('reply-form').addEventListener('submit', sendReply);
    $('complaint-form').addEventListener('submit', complain);
    $('refresh').addEventListener('click', reload);
    $('forget').addEventListener('click', forget);
    $('revoke').addEventListener('click', revokeEverywhere);
    $('ui-language').addEventListener('change', changeLanguage);
    window.addEventListener('popstate', route);

    var lang = preferredLanguage();
    loadTexts(lang)
      .catch(function () {
        return loadTexts('en');
      })
      .then(function () {
        $('requester-language').value = language;
        applyTexts();
        route();
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
