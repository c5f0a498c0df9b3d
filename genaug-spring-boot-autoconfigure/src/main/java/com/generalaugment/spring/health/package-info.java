/**
 * The Actuator health indicator: SDK version, API build, reachability.
 */
@NullMarked
package com.generalaugment.spring.health;

import org.jspecify.annotations.NullMarked;
