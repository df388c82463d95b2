/**
 * The SDK's runtime, shared by the hand-written client and the generated code. Not API: names
 * and signatures here change without notice.
 */
package com.coupontools.internal;
