/**
 * The Actuator health indicator: SDK version, API build, reachability.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
