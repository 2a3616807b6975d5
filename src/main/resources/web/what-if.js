// The what-if page's one script (sim1177 serve): sends the edited values to the server, which
// re-runs the scenario paired against the baseline, and puts the results it draws in place. A newer
// edit aborts the older request; the server stops that run. Changes of the roster (a shift added or
// removed, a suggested roster, the file's roster back) come back with the form drawn anew. Nothing
// is loaded from anywhere else.
'use strict';
(function () {
  const token = document.querySelector('meta[name="sim1177-token"]').content;
  const form = document.getElementById('edits');
  const results = document.getElementById('results');
  let timer = null;
  let generation = 0;
  let inFlight = null;

  /** The scenario values: the inputs of the form's fields (a new shift's parts are not among them). */
  function inputs() {
    return Array.from(form.querySelectorAll('.field input, .field select'));
  }

  function body(controls) {
    const data = new URLSearchParams();
    for (const el of inputs()) {
      data.append(el.name, el.value);
    }
    // The roster this page shows: a change made from an older one is refused, and the page redrawn.
    data.append('_draft', form.querySelector('#draft').dataset.version);
    for (const [name, value] of Object.entries(controls || {})) {
      data.append('_' + name, value);
    }
    return data;
  }

  function markChanged() {
    for (const el of inputs()) {
      el.closest('.field').classList.toggle('changed', el.value.trim() !== el.dataset.written);
    }
  }

  function setStatus(kind, text) {
    let status = document.getElementById('status');
    if (!status) {
      status = document.createElement('p');
      status.id = 'status';
      results.prepend(status);
    }
    status.className = kind;
    status.textContent = text;
  }

  function clearProblems() {
    for (const span of form.querySelectorAll('.problem')) {
      span.textContent = '';
    }
    for (const el of inputs()) {
      el.closest('.field').classList.remove('invalid');
      el.removeAttribute('aria-invalid');
    }
  }

  /** Shows each problem beside its field (or beside the new shift being added); returns those that belong to none. */
  function showProblems(problems, beside) {
    const general = [];
    for (const p of problems) {
      const el = inputs().find((i) => i.name === p.key);
      const span = el ? el.closest('.field').querySelector('.problem') : beside;
      if (el) {
        el.closest('.field').classList.add('invalid');
        el.setAttribute('aria-invalid', 'true');
      }
      if (span) {
        span.textContent = (span.textContent ? span.textContent + ' ' : '') + p.message;
      } else {
        general.push(p.message);
      }
    }
    return general;
  }

  function post(path, controls, signal) {
    return fetch(path, {
      method: 'POST',
      headers: { 'X-Sim1177-Token': token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body(controls),
      signal,
    });
  }

  /**
   * Puts a form drawn by the server in place. The values outside the roster keep what the manager
   * typed ({@code keep}); the roster's own come from the server, which has them in the new roster.
   */
  function redraw(html, keep) {
    const typed = keep ? Object.fromEntries(inputs().map((el) => [el.name, el.value])) : {};
    form.innerHTML = html;
    for (const el of inputs()) {
      if (!el.name.startsWith('staff.') && typed[el.name] !== undefined) {
        el.value = typed[el.name];
      }
    }
  }

  /** Sends a change to {@code path} and shows what comes back; a newer change makes an older answer stale. */
  async function change(path, controls, beside, waiting) {
    const mine = ++generation;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    setStatus('running', waiting);
    document.body.dataset.state = 'running';
    const started = Date.now();
    const stop = document.getElementById('stop');
    if (stop) {
      stop.hidden = false;
    }
    // A long run (a large region, a roster search) shows how far it is; a Värmland month is done before the first look.
    const poll = setInterval(async () => {
      try {
        const answer = await (await fetch('/progress', { method: 'POST', headers: { 'X-Sim1177-Token': token } })).json();
        if (mine === generation && answer.status === 'running' && answer.total > 0) {
          const share = answer.done / answer.total;
          const seconds = (Date.now() - started) / 1000;
          const left = share > 0 ? ', at most about ' + Math.ceil(seconds * (1 - share) / share) + ' s to go' : '';
          const where = answer.unit === 'simulated days'
            ? Math.floor(100 * share) + ' % (' + answer.done.toLocaleString('en') + ' of ' + answer.total.toLocaleString('en')
              + ' simulated days'
            : 'step ' + answer.done + ' of at most ' + answer.total + ': ' + answer.unit + ' (';
          setStatus('running', waiting + ' ' + where + (answer.unit === 'simulated days' ? ', ' : '') + Math.round(seconds)
            + ' s so far' + left + ')');
        }
      } catch (e) {
        // The change's own answer says what went wrong.
      }
    }, 700);
    try {
      const response = await post(path, controls, inFlight.signal);
      const answer = await response.json();
      clearInterval(poll);
      if (mine !== generation) {
        return;
      }
      if (stop) {
        stop.hidden = true;
      }
      clearProblems();
      if (answer.status === 'stale') {
        // The roster changed on the server meanwhile (an answer this page stopped waiting for): show it, and run again.
        redraw(answer.form, true);
        markChanged();
        run();
        return;
      }
      if (answer.status === 'ok') {
        if (answer.form !== undefined) {
          redraw(answer.form, path !== '/reset');
        }
        results.innerHTML = answer.html;
        if (answer.message) {
          const note = document.createElement('p');
          note.id = 'suggestion';
          note.textContent = answer.message;
          results.prepend(note);
        }
        markChanged();
        document.body.dataset.state = 'done';
      } else if (answer.status === 'invalid' || answer.status === 'refused') {
        const general = showProblems(answer.problems || [], beside);
        setStatus('failed', 'Nothing was run: ' + (general.concat(answer.message ? [answer.message] : []).join(' ')
          || answer.summary || 'see the values marked in red.'));
        document.body.dataset.state = 'invalid';
      } else if (answer.status === 'failed') {
        setStatus('failed', answer.message);
        document.body.dataset.state = 'failed';
      } else if (answer.status === 'cancelled') {
        setStatus('', 'Stopped: the figures below are those of the last finished run.');
        document.body.dataset.state = 'stopped';
      }
    } catch (e) {
      clearInterval(poll);
      if (e.name !== 'AbortError' && mine === generation) {
        setStatus('failed', 'The server did not answer (' + e.message + '): is sim1177 serve still running?');
        document.body.dataset.state = 'failed';
      }
    }
  }

  function run() {
    return change('/run', {}, null, 'Simulating the changes…');
  }

  function soon() {
    markChanged();
    clearTimeout(timer);
    timer = setTimeout(run, 350);
  }

  // Save and Report: the same edits, answered with a file to download (nothing is written on the server).
  async function download(path, what) {
    setStatus('running', what === 'report' ? 'Writing the report…' : 'Writing the scenario…');
    try {
      const response = await post(path, {});
      if (!response.ok || !(response.headers.get('Content-Disposition') || '').startsWith('attachment')) {
        const answer = await response.json();
        clearProblems();
        if (answer.status === 'stale') {
          redraw(answer.form, true);
          markChanged();
          setStatus('failed', 'Not written: the roster changed meanwhile; the page shows it now. Try again.');
          return;
        }
        if (answer.status === 'cancelled') {
          setStatus('failed', 'Not written: it was stopped.');
          return;
        }
        const general = showProblems(answer.problems || [], null);
        setStatus('failed', 'Not written: ' + (general.concat(answer.message ? [answer.message] : []).join(' ')
          || answer.summary || 'see the values marked in red.'));
        return;
      }
      const name = response.headers.get('Content-Disposition').replace(/^.*filename="([^"]+)".*$/, '$1');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setStatus('', 'Downloaded ' + name + '.');
      document.body.dataset.downloaded = name;
    } catch (e) {
      setStatus('failed', 'Not written: the server did not answer (' + e.message + '): is sim1177 serve still running?');
    }
  }

  // The form is drawn anew when the roster changes: its events are listened to on the form itself.
  form.addEventListener('input', (e) => {
    if (e.target.closest('.field')) {
      soon();
    }
  });
  form.addEventListener('change', (e) => {
    if (e.target.closest('.field')) {
      soon();
    }
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  form.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) {
      return;
    }
    clearTimeout(timer);
    if (button.id === 'stop') {
      fetch('/stop', { method: 'POST', headers: { 'X-Sim1177-Token': token } });
      return;
    }
    if (button.id === 'reset') {
      change('/reset', {}, null, 'Back to the file\'s values…');
    } else if (button.id === 'suggest') {
      change('/suggest', {}, null, 'Searching for the cheapest roster that meets the targets…');
    } else if (button.id === 'save') {
      download('/save', 'scenario');
    } else if (button.id === 'report') {
      download('/report', 'report');
    } else if (button.classList.contains('remove')) {
      change('/shift/remove', { group: button.dataset.group, shift: button.dataset.shift }, null, 'Taking the shift out…');
    } else if (button.classList.contains('add')) {
      const box = button.closest('.add-shift');
      const part = (name) => box.querySelector('[data-part="' + name + '"]').value;
      change('/shift/add', { group: button.dataset.group, days: part('days'), start: part('start'), end: part('end'),
        nurses: part('nurses') }, box.querySelector('.problem'), 'Adding the shift…');
    }
  });
}());
