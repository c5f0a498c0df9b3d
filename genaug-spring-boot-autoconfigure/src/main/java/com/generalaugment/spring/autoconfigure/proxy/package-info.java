/**
 * The {@code /ai/responses} proxy for mobile apps: checks, admission, relaying, redaction, shutdown.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.proxy;

import org.jspecify.annotations.NullMarked;
