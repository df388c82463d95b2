// The two call styles of the API (x-api-style on each operation) and what each allows:
//  rpc  — the docs' v3 (and v4 subaccount) calls: POST with every parameter in the body, no
//         path template, no parameters; a read may also have a GET form beside its POST
//         (x-sdk-skip, for clients that read with GET) whose parameters are in the query;
//  rest — the v4 REST calls: GET / POST / DELETE on /v4/ paths with path and query parameters.
// Path items hold only operations (parameters live on the operation, so each operation file is
// complete on its own).
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default (paths) => {
  const results = [];
  for (const [path, item] of Object.entries(paths || {})) {
    for (const key of Object.keys(item || {})) {
      if (!METHODS.includes(key)) {
        results.push({ message: `path item "${path}" may hold only operations, not "${key}" (put parameters on the operation)`, path: ['paths', path, key] });
      }
    }
    for (const method of METHODS) {
      const op = item && item[method];
      if (!op) continue;
      const where = ['paths', path, method];
      const style = op['x-api-style'];
      if (style === 'rpc') {
        const getForm = method === 'get' && item.post && op['x-sdk-skip'] === true;
        if (method !== 'post' && !getForm) results.push({ message: `rpc operation ${method.toUpperCase()} ${path} must be a POST (or the x-sdk-skip GET form beside one)`, path: where });
        if (path.includes('{')) results.push({ message: `rpc operation ${path} must not have a path template`, path: where });
        const params = op.parameters || [];
        if (!getForm && params.length) results.push({ message: `rpc operation ${path} takes its parameters in the body, not as path/query parameters`, path: [...where, 'parameters'] });
        if (getForm && params.some((p) => p && p.in !== 'query')) results.push({ message: `the GET form of ${path} takes query parameters only`, path: [...where, 'parameters'] });
      } else if (style === 'rest') {
        if (!path.startsWith('/v4/') && path !== '/v4') results.push({ message: `rest operation ${path} must be under /v4/`, path: where });
        if (!['get', 'post', 'delete'].includes(method)) results.push({ message: `rest operation ${method.toUpperCase()} ${path}: the v4 API uses GET, POST and DELETE only`, path: where });
      }
    }
  }
  return results;
};
