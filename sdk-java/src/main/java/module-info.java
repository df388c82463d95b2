/**
 * The Coupontools Java SDK. Exports the client ({@code com.coupontools.client}), the generated
 * services, requests and responses ({@code com.coupontools.api}) and the exceptions
 * ({@code com.coupontools.errors}); the runtime ({@code com.coupontools.internal}) stays inside.
 * Reads nothing reflectively: no package is opened.
 */
module com.coupontools.client {
  requires transitive org.slf4j; // CoupontoolsClient.Builder#logger takes an org.slf4j.Logger
  requires okhttp3;
  requires okio;
  requires com.fasterxml.jackson.core;
  requires static jakarta.annotation; // @Generated, retention SOURCE

  exports com.coupontools.client;
  exports com.coupontools.api;
  exports com.coupontools.errors;
}
