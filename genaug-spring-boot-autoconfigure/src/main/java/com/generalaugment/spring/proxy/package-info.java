/**
 * The {@code /ai/responses} proxy for mobile apps: checks, admission, relaying, redaction, shutdown. Its
 * auto-configuration ({@code com.generalaugment.spring.autoconfigure.proxy}) builds it from {@code genaug.proxy.*}.
 */
@NullMarked
package com.generalaugment.spring.proxy;

import org.jspecify.annotations.NullMarked;
