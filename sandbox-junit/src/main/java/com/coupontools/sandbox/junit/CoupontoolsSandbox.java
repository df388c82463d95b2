package com.coupontools.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against the Coupontools sandbox, in this JVM: the sandbox starts once
 * (lazily, on a free loopback port, in memory) and each annotated class gets a fresh tenant —
 * its own main account, subaccounts and a copy of the demo data — deleted after the class.
 * Test and lifecycle methods can take a {@link com.coupontools.client.CoupontoolsClient} (ready,
 * with the tenant's credentials), a {@link SandboxTenant} (credentials, base URL, demo IDs,
 * {@link SandboxTenant#awaitWebhook}), or the base URL as a {@link java.net.URI}.
 *
 * <p>Equivalent to {@code @ExtendWith(SandboxExtension.class)}. Classes may run in parallel:
 * tenants and their webhook inboxes are separate.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface CoupontoolsSandbox {}
