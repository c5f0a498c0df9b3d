/**
 * The failures the client raises: every one is a
 * {@link com.generalaugment.client.error.GeneralAugmentException} with a stable {@code reason()}.
 */
@NullMarked
package com.generalaugment.client.error;

import org.jspecify.annotations.NullMarked;
