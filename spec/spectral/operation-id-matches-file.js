// An operation's operationId must equal the name of the file it lives in
// (resources/<resource>/<operationId>.yml), so a reader finds any operation by its id.
// Spectral resolves $refs before rules run; the document inventory still knows which file
// each resolved node came from.
export default (operation, _opts, context) => {
  const item = context.documentInventory.findAssociatedItemForPath(context.path, true);
  const source = item && item.document && item.document.source;
  if (!source || !operation || typeof operation.operationId !== 'string') return [];
  const file = source.split(/[\\/]/).pop().replace(/\.ya?ml$/, '');
  if (!/[\\/]resources[\\/]/.test(source)) {
    return [{ message: `operation must live in spec/resources/<resource>/${operation.operationId}.yml, not in ${file}` }];
  }
  return file === operation.operationId
    ? []
    : [{ message: `operationId "${operation.operationId}" must equal its file name "${file}"` }];
};
