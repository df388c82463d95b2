/**
 * The SDK's entry point: {@link com.coupontools.client.CoupontoolsClient}, built once with its
 * {@link com.coupontools.client.CoupontoolsClient.Builder} and shared; it hands out the generated
 * API of each resource ({@code com.coupontools.api.generated}), whose requests and responses are
 * the generated models ({@code com.coupontools.model}).
 */
package com.coupontools.client;
