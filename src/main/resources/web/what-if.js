// The what-if page's one script (sim1177 serve): sends the edited values to the server, which
// re-runs the scenario paired against the baseline, and puts the results it draws in place. A newer
// edit aborts the older request; the server stops that run. Nothing is loaded from anywhere else.
'use strict';
(function () {
  const token = document.querySelector('meta[name="sim1177-token"]').content;
  const form = document.getElementById('edits');
  const results = document.getElementById('results');
  const inputs = Array.from(form.querySelectorAll('input, select'));
  let timer = null;
  let generation = 0;
  let inFlight = null;

  function body() {
    const data = new URLSearchParams();
    for (const el of inputs) {
      data.append(el.name, el.value);
    }
    return data;
  }

  function markChanged() {
    for (const el of inputs) {
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
    for (const el of inputs) {
      const field = el.closest('.field');
      field.classList.remove('invalid');
      field.querySelector('.problem').textContent = '';
      el.removeAttribute('aria-invalid');
    }
  }

  function showProblems(problems) {
    const general = [];
    for (const p of problems) {
      const el = inputs.find((i) => i.name === p.key);
      if (el) {
        const field = el.closest('.field');
        field.classList.add('invalid');
        el.setAttribute('aria-invalid', 'true');
        const span = field.querySelector('.problem');
        span.textContent = (span.textContent ? span.textContent + ' ' : '') + p.message;
      } else {
        general.push(p.message);
      }
    }
    return general;
  }

  async function post(path) {
    return fetch(path, {
      method: 'POST',
      headers: { 'X-Sim1177-Token': token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body(),
      signal: inFlight ? inFlight.signal : undefined,
    });
  }

  async function run() {
    const mine = ++generation;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    setStatus('running', 'Simulating the changes…');
    document.body.dataset.state = 'running';
    try {
      const response = await post('/run');
      const answer = await response.json();
      if (mine !== generation) {
        return;
      }
      clearProblems();
      if (answer.status === 'ok') {
        results.innerHTML = answer.html;
        document.body.dataset.state = 'done';
      } else if (answer.status === 'invalid' || answer.status === 'refused') {
        const general = showProblems(answer.problems || []);
        setStatus('failed', 'Nothing was run: ' + (general.concat(answer.message ? [answer.message] : []).join(' ')
          || answer.summary || 'see the values marked in red.'));
        document.body.dataset.state = 'invalid';
      } else if (answer.status === 'failed') {
        setStatus('failed', answer.message);
        document.body.dataset.state = 'failed';
      }
    } catch (e) {
      if (e.name !== 'AbortError' && mine === generation) {
        setStatus('failed', 'The server did not answer (' + e.message + '): is sim1177 serve still running?');
        document.body.dataset.state = 'failed';
      }
    }
  }

  function soon() {
    markChanged();
    clearTimeout(timer);
    timer = setTimeout(run, 350);
  }

  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });

  document.getElementById('reset').addEventListener('click', () => {
    for (const el of inputs) {
      el.value = el.dataset.written;
    }
    soon();
  });

  document.getElementById('save').addEventListener('click', async () => {
    const response = await fetch('/save', {
      method: 'POST',
      headers: { 'X-Sim1177-Token': token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body(),
    });
    if (!response.ok) {
      const answer = await response.json();
      clearProblems();
      const general = showProblems(answer.problems || []);
      setStatus('failed', 'Not saved: ' + (general.concat(answer.message ? [answer.message] : []).join(' ')
        || answer.summary || 'see the values marked in red.'));
      return;
    }
    const name = (response.headers.get('Content-Disposition') || '').replace(/^.*filename="([^"]+)".*$/, '$1') || 'scenario.yaml';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  });
}());
