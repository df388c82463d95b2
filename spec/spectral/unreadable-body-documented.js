// Every operation that takes a request body can be sent one it cannot read (malformed JSON, an
// unsupported content type, not UTF-8, over 1 MiB …), and servers answer that with code 300. The
// contract says so once: each such operation lists 300 in x-error-codes and has the shared
// example shared/examples/errors/e300_unreadable_body.yml, keyed e300_unreadable_body, in its 422.
const KEY = 'e300_unreadable_body';

export default (operation, _opts, context) => {
  if (!operation || !operation.requestBody) return [];
  const results = [];
  if (!(operation['x-error-codes'] || []).includes(300)) {
    results.push({ message: 'an operation with a request body must list 300 (unreadable body) in x-error-codes', path: [...context.path, 'x-error-codes'] });
  }
  const base = [...context.path, 'responses', '422', 'content', 'application/json', 'examples'];
  const examples = operation.responses && operation.responses['422'] && operation.responses['422'].content
    && operation.responses['422'].content['application/json'] && operation.responses['422'].content['application/json'].examples;
  if (!examples || !examples[KEY]) {
    results.push({ message: `an operation with a request body must have the 422 example ${KEY} ($ref: shared/examples/errors/${KEY}.yml)`, path: [...context.path, 'responses'] });
    return results;
  }
  const item = context.documentInventory.findAssociatedItemForPath([...base, KEY], true);
  const source = item && item.document && item.document.source;
  if (!source || !/shared[\\/]examples[\\/]errors[\\/]e300_unreadable_body\.yml$/.test(source)) {
    results.push({ message: `${KEY} must be $ref: shared/examples/errors/${KEY}.yml (one shared example)`, path: [...base, KEY] });
  }
  return results;
};
