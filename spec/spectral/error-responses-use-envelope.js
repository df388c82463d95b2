// Error responses (4xx) must use the error body of the operation's style — rpc:
// shared/models/ErrorEnvelope.yml, rest: shared/models/RestError.yml — carry one example per
// documented error code keyed e<code>_<what>, and agree with the operation's x-error-codes both
// ways: every listed code has an example, every example's code is listed (the shared 401s carry
// all authentication examples, so those codes are checked against the operation's list only
// one way).
const BODY = { rpc: /shared[\\/]models[\\/]ErrorEnvelope\.yml$/, rest: /shared[\\/]models[\\/]RestError\.yml$/ };
const BODY_NAME = { rpc: 'shared/models/ErrorEnvelope.yml', rest: 'shared/models/RestError.yml' };

/** The codes of an example value of either body: rpc {status:{errors}} or {errors}, rest {error:{code}}. */
export const codesOf = (value) => {
  if (value && value.error && value.error.code !== undefined) return [value.error.code];
  const errors = (value && value.status && value.status.errors) || (value && value.errors) || {};
  const c = errors.error_code;
  return Array.isArray(c) ? c : c === undefined ? [] : [c];
};

export default (operation, _opts, context) => {
  const results = [];
  const style = operation['x-api-style'] === 'rest' ? 'rest' : 'rpc';
  const listed = new Set(operation['x-error-codes'] || []);
  const seen = new Set();
  for (const [status, response] of Object.entries(operation.responses || {})) {
    if (!/^4\d\d$/.test(status)) continue;
    const base = [...context.path, 'responses', status];
    const media = response && response.content && response.content['application/json'];
    if (!media) { results.push({ message: `${status} must have application/json content`, path: base }); continue; }
    const item = context.documentInventory.findAssociatedItemForPath([...base, 'content', 'application/json', 'schema'], true);
    const source = item && item.document && item.document.source;
    if (!source || !BODY[style].test(source)) {
      results.push({ message: `${status} schema of a ${style} operation must be $ref: ${BODY_NAME[style]}`, path: [...base, 'content'] });
    }
    const shared401 = status === '401';
    for (const [key, example] of Object.entries(media.examples || {})) {
      const m = /^e(\d+)_[a-z0-9_]+$/.exec(key);
      if (!m) { results.push({ message: `error example key "${key}" must read e<code>_<what>`, path: base }); continue; }
      const code = Number(m[1]);
      if (!codesOf(example && example.value).includes(code)) results.push({ message: `example "${key}" does not carry error_code ${code}`, path: base });
      if (!shared401 && !listed.has(code)) results.push({ message: `example "${key}": code ${code} is not in x-error-codes`, path: base });
      seen.add(code);
    }
  }
  for (const code of listed) {
    if (!seen.has(code)) results.push({ message: `x-error-codes lists ${code} but no error response has an example e${code}_…`, path: [...context.path, 'x-error-codes'] });
  }
  return results;
};
