/**
 * Spring test support for General Augment: {@link com.generalaugment.spring.test.AutoConfigureGenaugMock}.
 */
@NullMarked
package com.generalaugment.spring.test;

import org.jspecify.annotations.NullMarked;
