/**
 * The Coupontools sandbox: {@link com.coupontools.sandbox.Sandbox} runs the API over SQLite or
 * PostgreSQL ({@link com.coupontools.sandbox.Database}), {@link com.coupontools.sandbox.SandboxConfig} says how, {@link com.coupontools.sandbox.Main} is
 * the command line. Nothing here returns or accepts null unless its Javadoc says so.
 */
package com.coupontools.sandbox;
