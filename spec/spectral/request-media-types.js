// OpenAPI Generator's Java client silently uses only the FIRST request media type, so the
// order is part of the contract: JSON first, form second, both with the same schema.
export default (content) => {
  const keys = Object.keys(content || {});
  const want = ['application/json', 'application/x-www-form-urlencoded'];
  if (keys.length !== 2 || keys[0] !== want[0] || keys[1] !== want[1]) {
    return [{ message: `request media types must be exactly [${want.join(', ')}] in that order, found [${keys.join(', ')}]` }];
  }
  if (JSON.stringify(content[want[0]].schema) !== JSON.stringify(content[want[1]].schema)) {
    return [{ message: 'JSON and form request bodies must use the same schema' }];
  }
  return [];
};
