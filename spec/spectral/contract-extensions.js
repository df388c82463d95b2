// The contract facts servers and SDKs must not hard-code, written where they apply:
//  x-secret: true          on a property or security scheme whose value is a credential (never
//                          logged or printed); every property named like one must carry it;
//  x-body-field            on a security scheme: the body property rpc operations also accept;
//  x-boolean-alias         on an enum property: what a boolean sent instead means
//                          ({if-true: {first-present-of: [...]}, if-false: absent});
//  x-required-when         on a request schema: [{if: {property, equals}, required: [...]}];
//  x-required-any-of       on a request schema: {names: [...], error-example: <200 example key>};
//  x-unique                on a property: {within: <scope, text>, ignore-case: bool,
//                          error-example: <key>} — no two records of the scope hold one value.
// Every property these name must exist in the same schema; an x-required-any-of example must be
// a 200 example, an x-unique example an example of a code the operation lists, of each operation
// that takes the schema.
import { codesOf } from './error-responses-use-envelope.js';

const SECRET_NAME = /^(password|token|api_key|api_secret|client_secret)$|_(secret|password|token)$/;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default (root) => {
  const results = [];
  const seen = new Set();

  const checkSchema = (schema, path) => {
    const props = schema.properties || {};
    const has = (name) => Object.prototype.hasOwnProperty.call(props, name);
    const needAll = (names, where, what) => (Array.isArray(names) ? names : []).forEach((n) => {
      if (!has(n)) results.push({ message: `${what} names "${n}", which is not a property of this schema`, path: where });
    });
    for (const [name, p] of Object.entries(props)) {
      if (!p || typeof p !== 'object') continue;
      if (SECRET_NAME.test(name) && p['x-secret'] !== true) {
        results.push({ message: `property "${name}" holds a credential: mark it x-secret: true`, path: [...path, 'properties', name] });
      }
      if ('x-secret' in p && p['x-secret'] !== true) {
        results.push({ message: `x-secret on "${name}" must be true (or absent)`, path: [...path, 'properties', name, 'x-secret'] });
      }
      const unique = p['x-unique'];
      if (unique !== undefined && (!unique || typeof unique.within !== 'string' || typeof unique['ignore-case'] !== 'boolean'
          || typeof unique['error-example'] !== 'string')) {
        results.push({ message: `x-unique on "${name}" reads {within: <scope>, ignore-case: true|false, error-example: <key>}`, path: [...path, 'properties', name, 'x-unique'] });
      }
      const alias = p['x-boolean-alias'];
      if (alias) {
        const where = [...path, 'properties', name, 'x-boolean-alias'];
        if (!Array.isArray(p.enum)) results.push({ message: `x-boolean-alias on "${name}" needs an enum property`, path: where });
        for (const side of ['if-true', 'if-false']) {
          const v = alias[side];
          if (v === 'absent') continue;
          if (!v || !Array.isArray(v['first-present-of'])) {
            results.push({ message: `x-boolean-alias.${side} must be "absent" or {first-present-of: [...]}`, path: where });
            continue;
          }
          needAll(v['first-present-of'], where, `x-boolean-alias.${side}`);
          v['first-present-of'].forEach((value) => {
            if (Array.isArray(p.enum) && !p.enum.includes(value)) results.push({ message: `x-boolean-alias.${side} gives "${value}", not in the enum`, path: where });
          });
        }
      }
    }
    const when = schema['x-required-when'];
    if (when !== undefined) {
      const where = [...path, 'x-required-when'];
      if (!Array.isArray(when)) results.push({ message: 'x-required-when must be a list of {if: {property, equals}, required: [...]}', path: where });
      else when.forEach((w, i) => {
        if (!w || !w.if || typeof w.if.property !== 'string' || !('equals' in w.if) || !Array.isArray(w.required)) {
          results.push({ message: 'x-required-when entries read {if: {property, equals}, required: [...]}', path: [...where, i] });
          return;
        }
        needAll([w.if.property], [...where, i], 'x-required-when.if');
        needAll(w.required, [...where, i], 'x-required-when.required');
      });
    }
    const anyOf = schema['x-required-any-of'];
    if (anyOf !== undefined) {
      const where = [...path, 'x-required-any-of'];
      if (!anyOf || !Array.isArray(anyOf.names) || anyOf.names.length < 2 || typeof anyOf['error-example'] !== 'string') {
        results.push({ message: 'x-required-any-of reads {names: [two or more], error-example: <e200_… key>}', path: where });
      } else needAll(anyOf.names, where, 'x-required-any-of');
    }
  };

  const walk = (node, path) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (node.properties && typeof node.properties === 'object' && !Array.isArray(node.properties)) checkSchema(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(root, []);

  for (const [name, scheme] of Object.entries((root.components && root.components.securitySchemes) || {})) {
    if (/secret/i.test(scheme.name || '') && scheme['x-secret'] !== true) {
      results.push({ message: `security scheme ${name} (${scheme.name}) carries a secret: mark it x-secret: true`, path: ['components', 'securitySchemes', name] });
    }
  }

  for (const [path, item] of Object.entries(root.paths || {})) {
    for (const method of METHODS) {
      const op = item && item[method];
      const schema = op && op.requestBody && op.requestBody.content && op.requestBody.content['application/json']
        && op.requestBody.content['application/json'].schema;
      if (!schema) continue;
      const examples = (op.responses && op.responses['422'] && op.responses['422'].content
        && op.responses['422'].content['application/json'] && op.responses['422'].content['application/json'].examples) || {};
      const anyOf = schema['x-required-any-of'];
      if (anyOf && typeof anyOf['error-example'] === 'string') {
        const ex = examples[anyOf['error-example']];
        if (!ex || !codesOf(ex.value).includes(200)) {
          results.push({ message: `${op.operationId}: x-required-any-of names example ${anyOf['error-example']}, which is not a 200 example of its 422`, path: ['paths', path, method, 'responses'] });
        }
      }
      for (const [name, p] of Object.entries(schema.properties || {})) {
        const unique = p && p['x-unique'];
        if (!unique || typeof unique['error-example'] !== 'string') continue;
        const ex = examples[unique['error-example']];
        const listed = op['x-error-codes'] || [];
        if (!ex || !codesOf(ex.value).some((c) => listed.includes(c))) {
          results.push({ message: `${op.operationId}: x-unique on "${name}" names example ${unique['error-example']}, which is not an example of its 422 with a code it lists in x-error-codes`, path: ['paths', path, method, 'responses'] });
        }
      }
    }
  }
  return results;
};
