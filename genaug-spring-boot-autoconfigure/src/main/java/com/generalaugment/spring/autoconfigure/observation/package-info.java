/**
 * Micrometer observations of client calls.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
