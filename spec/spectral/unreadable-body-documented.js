// Every operation that takes a request body can be sent one it cannot read (malformed JSON, an
// unsupported content type, not UTF-8, over 1 MiB …), and servers answer that with code 300. The
// contract says so once per style: each such operation lists 300 in x-error-codes and has the
// shared example of its style, keyed e300_unreadable_body, in its 422 —
// rpc: shared/examples/errors/e300_unreadable_body.yml (ErrorEnvelope),
// rest: shared/examples/rest_errors/rest_e300_unreadable_body.yml (RestError).
const KEY = 'e300_unreadable_body';
const FILE = {
  rpc: { path: `shared/examples/errors/${KEY}.yml`, re: /shared[\\/]examples[\\/]errors[\\/]e300_unreadable_body\.yml$/ },
  rest: { path: `shared/examples/rest_errors/rest_${KEY}.yml`, re: /shared[\\/]examples[\\/]rest_errors[\\/]rest_e300_unreadable_body\.yml$/ },
};

export default (operation, _opts, context) => {
  if (!operation || !operation.requestBody) return [];
  const shared = FILE[operation['x-api-style'] === 'rest' ? 'rest' : 'rpc'];
  const results = [];
  if (!(operation['x-error-codes'] || []).includes(300)) {
    results.push({ message: 'an operation with a request body must list 300 (unreadable body) in x-error-codes', path: [...context.path, 'x-error-codes'] });
  }
  const base = [...context.path, 'responses', '422', 'content', 'application/json', 'examples'];
  const examples = operation.responses && operation.responses['422'] && operation.responses['422'].content
    && operation.responses['422'].content['application/json'] && operation.responses['422'].content['application/json'].examples;
  if (!examples || !examples[KEY]) {
    results.push({ message: `an operation with a request body must have the 422 example ${KEY} ($ref: ${shared.path})`, path: [...context.path, 'responses'] });
    return results;
  }
  const item = context.documentInventory.findAssociatedItemForPath([...base, KEY], true);
  const source = item && item.document && item.document.source;
  if (!source || !shared.re.test(source)) {
    results.push({ message: `${KEY} must be $ref: ${shared.path} (one shared example)`, path: [...base, KEY] });
  }
  return results;
};
