/**
 * The {@code genaug} Actuator endpoint: versions, client settings without keys, the latest calls.
 */
@NullMarked
package com.generalaugment.spring.support;

import org.jspecify.annotations.NullMarked;
