/**
 * The platform's environment variables mapped onto {@code genaug.*} properties.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.env;

import org.jspecify.annotations.NullMarked;
