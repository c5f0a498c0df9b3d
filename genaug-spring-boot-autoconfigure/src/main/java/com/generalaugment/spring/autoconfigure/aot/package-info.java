/**
 * Ahead-of-time and native-image support: the run-time hints of the SDK and the mock.
 */
@NullMarked
package com.generalaugment.spring.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
