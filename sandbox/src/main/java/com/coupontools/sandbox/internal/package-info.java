/**
 * Not API. The spec compiler ({@code ApiSpec}, {@code ErrorCatalogue}, {@code ParamRule}, {@code Errors}, {@code Shape}),
 * the HTTP entry point ({@code ApiHandler}), the store ({@code Db}, {@code Seed}, migrations under
 * {@code db/migration}) and one handler class per resource ({@code *Ops}). Values are non-null
 * unless a method says otherwise; absent optional parameters are absent from {@code Params}.
 */
package com.coupontools.sandbox.internal;
