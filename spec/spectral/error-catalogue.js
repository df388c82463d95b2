// The error catalogue (root extension x-error-catalogue, shared/error-catalogue.yml) is the one
// list of codes: each code sits in the range of its own family; every operation's x-error-codes
// entry is catalogued; every error example answers with the HTTP status of its code's family in
// the operation's style (x-api-style rpc | rest), so no status is hard-coded anywhere else.
import { codesOf } from './error-responses-use-envelope.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const STYLES = ['rpc', 'rest'];

export default (root) => {
  const results = [];
  const catalogue = root && root['x-error-catalogue'];
  if (!catalogue || !Array.isArray(catalogue.families) || !Array.isArray(catalogue.codes)) {
    return [{ message: 'x-error-catalogue (shared/error-catalogue.yml) with families and codes is missing', path: [] }];
  }
  const at = (...p) => ['x-error-catalogue', ...p];

  const families = new Map();
  catalogue.families.forEach((f, i) => {
    if (!f || typeof f.id !== 'string') { results.push({ message: 'a family needs an id', path: at('families', i) }); return; }
    for (const style of STYLES) {
      if (!f['http-status'] || !Number.isInteger(f['http-status'][style])) {
        results.push({ message: `family ${f.id} needs an integer http-status.${style}`, path: at('families', i) });
      }
    }
    if (!f.exception) results.push({ message: `family ${f.id} needs an SDK exception family`, path: at('families', i) });
    if (!Array.isArray(f.ranges) || !f.ranges.length) results.push({ message: `family ${f.id} needs code ranges`, path: at('families', i) });
    families.set(f.id, f);
  });
  const familyOf = (code) => [...families.values()].filter((f) => (f.ranges || []).some((r) => code >= r.from && code <= r.to));

  const codes = new Map();
  catalogue.codes.forEach((c, i) => {
    const where = at('codes', i);
    if (!c || !Number.isInteger(c.code)) { results.push({ message: 'a catalogued code must be an integer', path: where }); return; }
    if (codes.has(c.code)) results.push({ message: `code ${c.code} is catalogued twice`, path: where });
    const byRange = familyOf(c.code);
    if (byRange.length !== 1) {
      results.push({ message: `code ${c.code} lies in ${byRange.length} family ranges (must be exactly one)`, path: where });
    } else if (byRange[0].id !== c.family) {
      results.push({ message: `code ${c.code} says family ${c.family} but lies in the range of ${byRange[0].id}`, path: where });
    }
    if (typeof c.sentence !== 'string' || !c.sentence) results.push({ message: `code ${c.code} needs a default sentence`, path: where });
    codes.set(c.code, families.get(c.family));
  });

  const constraints = catalogue.constraints || {};
  (constraints.rules || []).forEach((r, i) => {
    if (!codes.has(r.code)) results.push({ message: `constraint ${r.check} maps to ${r.code}, which is not catalogued`, path: at('constraints', 'rules', i) });
    if (!(constraints.order || []).includes(r.check)) results.push({ message: `constraint ${r.check} is not in constraints.order`, path: at('constraints', 'rules', i) });
  });
  (constraints.fallback || []).forEach((c, i) => {
    if (!codes.has(c)) results.push({ message: `fallback code ${c} is not catalogued`, path: at('constraints', 'fallback', i) });
  });

  for (const [path, item] of Object.entries(root.paths || {})) {
    for (const method of METHODS) {
      const op = item && item[method];
      if (!op) continue;
      const style = op['x-api-style'] === 'rest' ? 'rest' : 'rpc';
      const where = ['paths', path, method];
      (op['x-error-codes'] || []).forEach((code, i) => {
        if (!codes.has(code)) results.push({ message: `${op.operationId}: x-error-codes lists ${code}, which is not in the error catalogue`, path: [...where, 'x-error-codes', i] });
      });
      for (const [status, response] of Object.entries(op.responses || {})) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const examples = (response && response.content && response.content['application/json']
          && response.content['application/json'].examples) || {};
        for (const [key, example] of Object.entries(examples)) {
          for (const code of codesOf(example && example.value)) {
            const family = codes.get(code);
            if (!family) {
              results.push({ message: `${op.operationId}: example ${key} answers ${code}, which is not in the error catalogue`, path: [...where, 'responses', status] });
            } else if (String(family['http-status'][style]) !== status) {
              results.push({ message: `${op.operationId}: example ${key} (code ${code}, family ${family.id}) must be under ${family['http-status'][style]} in a ${style} operation, not ${status}`, path: [...where, 'responses', status] });
            }
          }
        }
      }
    }
  }
  return results;
};
