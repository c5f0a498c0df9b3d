/** {@code /api/v1/agent/memory/*}: per-user facts with deterministic lexical search (contract §7, Memory). */
@NullMarked
package com.generalaugment.mock.platform.memory;

import org.jspecify.annotations.NullMarked;
