/**
 * Python-compatible JSON text, hashing and value conversions: the platform's own mock is written in Python
 * and contract §7 pins its output, so ids, digests and structured output must match Python byte for byte.
 */
@NullMarked
package com.generalaugment.mock.platform.json;

import org.jspecify.annotations.NullMarked;
