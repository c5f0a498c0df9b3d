/**
 * The dev-mode embedded mock, started when no key is configured.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.mock;

import org.jspecify.annotations.NullMarked;
