/**
 * The auto-configuration of the General Augment Spring AI model.
 */
@NullMarked
package com.generalaugment.spring.ai.autoconfigure;

import org.jspecify.annotations.NullMarked;
