/**
 * The SDK's exceptions: one unchecked root, {@link com.coupontools.errors.CoupontoolsException},
 * with {@link com.coupontools.errors.ApiException} and one subclass per documented error family,
 * {@link com.coupontools.errors.TransportException} and
 * {@link com.coupontools.errors.InvalidResponseException}. Every message is free of secrets.
 */
package com.coupontools.errors;
