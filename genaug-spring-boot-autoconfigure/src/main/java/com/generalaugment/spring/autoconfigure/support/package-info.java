/**
 * The {@code /actuator/genaug} support bundle: settings and recent calls, redacted.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.support;

import org.jspecify.annotations.NullMarked;
