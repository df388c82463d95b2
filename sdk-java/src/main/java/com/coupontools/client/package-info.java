/**
 * The SDK's entry point, {@link com.coupontools.client.CoupontoolsClient} (and its
 * {@link com.coupontools.client.CoupontoolsClientAsync} view), built once and shared; the
 * generated services, requests and responses it hands out are in {@code com.coupontools.api}.
 * Also here: {@link com.coupontools.client.Page} and {@link com.coupontools.client.AutoPager} of
 * the paged operations, {@link com.coupontools.client.RawResponse} for status and headers, and
 * {@link com.coupontools.client.WireValue}, a field's raw value.
 */
package com.coupontools.client;
