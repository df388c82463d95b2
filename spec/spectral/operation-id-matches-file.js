// An operation's operationId must equal the name of the file it lives in
// (resources/<resource>/<operationId>.yml), so a reader finds any operation by its id.
// The one exception: the GET form of an rpc read (x-sdk-skip) lives beside its POST in the same
// file and is named <file>_get (a rest GET has a file of its own).
// Spectral resolves $refs before rules run; the document inventory still knows which file
// each resolved node came from.
export default (operation, _opts, context) => {
  const item = context.documentInventory.findAssociatedItemForPath(context.path, true);
  const source = item && item.document && item.document.source;
  if (!source || !operation || typeof operation.operationId !== 'string') return [];
  const file = source.split(/[\\/]/).pop().replace(/\.ya?ml$/, '');
  const getForm = context.path[context.path.length - 1] === 'get' && operation['x-api-style'] !== 'rest';
  const expected = getForm ? `${file}_get` : file;
  if (!/[\\/]resources[\\/]/.test(source)) {
    return [{ message: `operation must live in spec/resources/<resource>/${operation.operationId}.yml, not in ${file}` }];
  }
  return expected === operation.operationId
    ? []
    : [{ message: `operationId "${operation.operationId}" must be "${expected}" (its file name${expected === file ? '' : ' + _get'})` }];
};
