/** {@code POST /v1/responses}: input text, deterministic output, structured output, idempotency and streaming (contract §7). */
@NullMarked
package com.generalaugment.mock.platform.responses;

import org.jspecify.annotations.NullMarked;
