// Error responses (4xx) must use the one shared envelope (shared/models/ErrorEnvelope.yml),
// carry one example per documented error code keyed e<code>_<what>, and agree with the
// operation's x-error-codes both ways: every listed code has an example, every example's code
// is listed (the shared 401 carries all 1xx examples, so 1xx codes are checked against it).
const codesOf = (value) => {
  const errors = (value && value.status && value.status.errors) || (value && value.errors) || {};
  const c = errors.error_code;
  return Array.isArray(c) ? c : c === undefined ? [] : [c];
};

export default (operation, _opts, context) => {
  const results = [];
  const listed = new Set(operation['x-error-codes'] || []);
  const seen = new Set();
  for (const [status, response] of Object.entries(operation.responses || {})) {
    if (!/^4\d\d$/.test(status)) continue;
    const base = [...context.path, 'responses', status];
    const media = response && response.content && response.content['application/json'];
    if (!media) { results.push({ message: `${status} must have application/json content`, path: base }); continue; }
    const item = context.documentInventory.findAssociatedItemForPath([...base, 'content', 'application/json', 'schema'], true);
    const source = item && item.document && item.document.source;
    if (!source || !/shared[\\/]models[\\/]ErrorEnvelope\.yml$/.test(source)) {
      results.push({ message: `${status} schema must be $ref: shared/models/ErrorEnvelope.yml`, path: [...base, 'content'] });
    }
    for (const [key, example] of Object.entries(media.examples || {})) {
      const m = /^e(\d+)_[a-z0-9_]+$/.exec(key);
      if (!m) { results.push({ message: `error example key "${key}" must read e<code>_<what>`, path: base }); continue; }
      const codes = codesOf(example && example.value);
      if (!codes.includes(Number(m[1]))) results.push({ message: `example "${key}" does not carry error_code ${m[1]}`, path: base });
      const oneXX = Number(m[1]) === 1000 || (Number(m[1]) >= 100 && Number(m[1]) < 200);
      if (!oneXX && !listed.has(Number(m[1]))) results.push({ message: `example "${key}": code ${m[1]} is not in x-error-codes`, path: base });
      seen.add(Number(m[1]));
    }
  }
  for (const code of listed) {
    if (!seen.has(code)) results.push({ message: `x-error-codes lists ${code} but no error response has an example e${code}_…`, path: [...context.path, 'x-error-codes'] });
  }
  return results;
};
