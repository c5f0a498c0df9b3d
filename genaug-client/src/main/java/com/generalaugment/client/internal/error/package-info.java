/**
 * Reads the platform's error bodies into {@link com.generalaugment.client.error.ErrorDetails}. Internal: not
 * part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal.error;

import org.jspecify.annotations.NullMarked;
