package com.coupontools.conformance.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cases derived from the bundle: one per documented error example the contract alone says how
 * to provoke ({@link com.coupontools.testsupport.Scenarios}), each run on every selected target ×
 * encoding like a {@link ConformanceCase}. The method takes a {@link Call} and the
 * {@link com.coupontools.testsupport.Scenarios.Scenario}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ConformanceExtension.class)
public @interface DerivedCases {}
