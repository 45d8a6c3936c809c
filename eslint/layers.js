/**
 * A local ESLint plugin for the layer rules (docs/ARCHITECTURE.md, "Layers").
 *
 * `no-restricted-imports` reads only static `import … from` and `export … from`. This rule takes the
 * same options ({ paths: [{ name, message }], patterns: [{ regex, message }] }) and applies them to
 * what it misses: a dynamic `import('…')` (code loaded later is still code of that layer) and a type
 * written as `import('…').Name`. A template literal is checked with each `${…}` read as `*`, so
 * `import(\`../features/${name}\`)` from src/ui is still the wrong way; an import of a variable cannot
 * be checked and is left alone.
 */

/** The specifier as written, or undefined when it is not known until the code runs. */
function specifierOf(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('*');
  if (node.type === 'TSLiteralType') return specifierOf(node.literal);
  return undefined;
}

const optionsSchema = {
  type: 'object',
  properties: {
    paths: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, message: { type: 'string' } },
        required: ['name'],
        additionalProperties: false,
      },
    },
    patterns: {
      type: 'array',
      items: {
        type: 'object',
        properties: { regex: { type: 'string' }, message: { type: 'string' }, caseSensitive: { type: 'boolean' } },
        required: ['regex'],
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const dynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Apply the layer rules to dynamic import() and import types, as no-restricted-imports does to static imports.' },
    schema: [optionsSchema],
    messages: {
      path: "'{{name}}' import is restricted from being used. {{message}}",
      pattern: "'{{name}}' import is restricted from being used by a pattern. {{message}}",
    },
  },
  create(context) {
    const { paths = [], patterns = [] } = context.options[0] ?? {};
    // As no-restricted-imports does: a pattern is case-insensitive unless it says otherwise.
    const compiled = patterns.map((p) => ({ re: new RegExp(p.regex, p.caseSensitive ? 'u' : 'iu'), message: p.message ?? '' }));
    function check(node, source) {
      const name = specifierOf(source);
      if (name === undefined) return;
      const path = paths.find((p) => p.name === name);
      if (path) {
        context.report({ node, messageId: 'path', data: { name, message: path.message ?? '' } });
        return;
      }
      const pattern = compiled.find((p) => p.re.test(name));
      if (pattern) context.report({ node, messageId: 'pattern', data: { name, message: pattern.message } });
    }
    return {
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument),
    };
  },
};

export default {
  meta: { name: 'layers' },
  rules: { 'dynamic-imports': dynamicImports },
};
