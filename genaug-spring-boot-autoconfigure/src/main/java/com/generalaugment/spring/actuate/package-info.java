/**
 * Actuator contributions: the {@code genaug} info entry and the sanitizing of keys in Actuator output.
 */
@NullMarked
package com.generalaugment.spring.actuate;

import org.jspecify.annotations.NullMarked;
