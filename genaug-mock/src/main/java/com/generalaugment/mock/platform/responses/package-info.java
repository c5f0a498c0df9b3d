/** {@code POST /v1/responses}: input text, deterministic output, structured output, idempotency and streaming (contract §7). */
package com.generalaugment.mock.platform.responses;
