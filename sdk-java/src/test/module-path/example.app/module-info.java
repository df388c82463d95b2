// A user's application on the module path: it requires the SDK and nothing else, and is run
// with no --add-reads, --add-opens or --add-modules (ModulePathIT).
module example.app {
  requires com.coupontools.client;
}
