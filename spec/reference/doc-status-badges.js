// Redocly decorator for the API reference: turns each operation's x-doc-status into an x-badges
// entry, so "Documented" / "Inferred" shows in the page header and the navigation. x-doc-status
// stays the single source; the badge exists only in the reference HTML.
const BADGES = {
  documented: { name: 'Documented', color: 'green' },
  inferred: { name: 'Inferred', color: 'orange' },
};

module.exports = function docStatusBadges() {
  return {
    id: 'coupontools',
    decorators: {
      oas3: {
        'doc-status-badges': () => ({
          Operation: {
            leave(operation) {
              const badge = BADGES[operation['x-doc-status']];
              if (badge) operation['x-badges'] = [...(operation['x-badges'] || []), { ...badge }];
            },
          },
        }),
      },
    },
  };
};
