/**
 * Auto-configuration of the General Augment clients from {@code genaug.*} properties.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
