/**
 * Actuator info contribution.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
